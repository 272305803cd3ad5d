using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Contracts;
using CeasefireMonitor.Messaging.Bus;
using CeasefireMonitor.Messaging.Dispatch;
using CeasefireMonitor.Messaging.Tests.Support;
using MassTransit;
using Serilog;

namespace CeasefireMonitor.Messaging.Tests;

public sealed class InMemoryDispatchTests
{
    [Fact]
    public async Task Dispatch_SeedReplay_EachChangeOnceInOrderAndNothingOnReplayOrRebuild()
    {
        await using var monitor = await TestMonitor.CreateAsync();
        await monitor.IngestAsync(TestMonitor.SeedItems);
        var expected = await Expected.StatusChangesAsync(monitor);
        var received = new Received<PhaseStatusChanged>();
        var bus = BusFactory.Create(BusAddress.InMemory, cfg => cfg.ReceiveEndpoint("status-changes", e => e.Handler<PhaseStatusChanged>(c => received.Add(c.Message))));
        await bus.StartAsync();
        try
        {
            var dispatcher = new NotificationDispatcher(monitor.Store, bus, Log.Logger);
            Assert.True(await dispatcher.DispatchPendingAsync() >= expected.Count);

            var messages = await received.WaitForAsync(expected.Count);
            Assert.Equal(expected.Select(ChangeKeys.Key).Order(), messages.Select(ChangeKeys.Key).Order());
            foreach (var phase in messages.GroupBy(m => m.PhaseId))
                Assert.Equal(Enumerable.Range(1, phase.Count()), phase.Select(m => m.Sequence));

            await monitor.IngestAsync(TestMonitor.SeedItems);
            await new ProjectionRunner(monitor.Store, Log.Logger).RebuildAsync();
            Assert.Equal(0, await dispatcher.DispatchPendingAsync());
            await received.AssertNoMoreAsync(expected.Count);
        }
        finally { await bus.StopAsync(); }
    }

    [Fact]
    public async Task Contract_StatusChange_CarriesPhaseStatusDatesAndEvidence()
    {
        await using var monitor = await TestMonitor.CreateAsync();
        await monitor.IngestAsync(TestMonitor.SeedItems);
        var changes = await Expected.StatusChangesAsync(monitor);

        var surrender = Assert.Single(changes, c => c.EndReason == "Surrender");
        Assert.Equal(("Armenia–Azerbaijan", "armenia-azerbaijan", "Ended", "2023-09-20"), (surrender.Conflict, surrender.ConflictId, surrender.NewStatus, surrender.OccurredOn));
        Assert.Equal("2023-09-19", surrender.PhaseStartedOn);
        Assert.NotNull(surrender.OldStatus);
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(surrender.Evidence).Sentence));
        Assert.Equal(NotificationMapper.StatusChangeId(surrender.PhaseId, surrender.Sequence), surrender.MessageId);
        Assert.Equal(changes.Count, changes.Select(c => c.MessageId).Distinct().Count());
    }
}

public static class Expected
{
    public static async Task<List<PhaseStatusChanged>> StatusChangesAsync(TestMonitor monitor)
    {
        var changes = new List<PhaseStatusChanged>();
        await foreach (var change in new StatusChangeLog(monitor.Store.Events).ReadAsync()) changes.Add(change);
        return changes;
    }
}
