using System.Globalization;
using System.Text.Json;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Contracts;
using CeasefireMonitor.Messaging.Bus;
using CeasefireMonitor.Messaging.Dispatch;
using CeasefireMonitor.Messaging.Tests.Support;

namespace CeasefireMonitor.Messaging.Tests;

/// <summary>`ceasefire subscribe` as a process beside the `ceasefire` processes that write, on RabbitMQ and in memory.</summary>
[Collection(RabbitCollection.Name)]
public sealed class CliSubscribeTests : IAsyncLifetime
{
    // Generous bounds on a loaded machine; they only turn a hang into a failure.
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);
    private readonly string _vhost = $"cm-cli-{Guid.NewGuid():N}";
    private readonly string _folder = Directory.CreateTempSubdirectory("cm-cli-msg-").FullName;
    private BusAddress _address = null!;

    public async Task InitializeAsync() => _address = await RabbitBroker.CreateVhostAsync(_vhost);

    public async Task DisposeAsync()
    {
        await RabbitBroker.DeleteVhostAsync(_vhost);
        Directory.Delete(_folder, recursive: true);
    }

    private string Store => Path.Combine(_folder, "store.db");

    private static string Url(BusAddress a) =>
        $"rabbitmq://{Uri.EscapeDataString(a.Username)}:{Uri.EscapeDataString(a.Password)}@{a.Host}:{a.Port}/{Uri.EscapeDataString(a.VirtualHost)}";

    private CeasefireProcess Start(string bus, params string[] args) => new(_folder, [.. args, "--store", Store, "--bus", bus]);

    private async Task<List<PhaseStatusChanged>> StoredChangesAsync()
    {
        var changes = new List<PhaseStatusChanged>();
        await using var store = await MonitorStore.OpenAsync(Store);
        await foreach (var change in new StatusChangeLog(store.Events).ReadAsync()) changes.Add(change);
        return changes;
    }

    private static string Key(JsonElement m) => $"{m.GetProperty("phaseId").GetString()}#{m.GetProperty("sequence").GetInt32()}";

    [Fact]
    public async Task Subscribe_WithoutFromOnHistory_PrintsOnlyTheChangeRecordedAfterItStarted()
    {
        var bus = Url(_address);
        using (var replay = Start(bus, "replay", TestMonitor.Seeds)) await replay.RunToSuccessAsync(Bound);
        var history = await StoredChangesAsync();
        Assert.NotEmpty(history);

        using var subscriber = Start(bus, "subscribe", "--json", "--max", "1");
        await subscriber.WaitForErrorAsync("Listening for status changes", Bound);
        var article = Path.Combine(_folder, "agreement.txt");
        // Two days after the 2022 clashes the sides agree to stop: the 2022 phase goes from CeasefireCalled to CeasefireAgreed.
        await File.WriteAllTextAsync(article, "Armenia and Azerbaijan agreed to a ceasefire on Wednesday evening, the Armenian government said in a short statement.\n");
        using (var ingest = Start(bus, "ingest", article, "--published", "2022-09-15")) await ingest.RunToSuccessAsync(Bound);

        var added = (await StoredChangesAsync()).ExceptBy(history.Select(c => c.MessageId), c => c.MessageId).ToList();
        var change = Assert.Single(added);
        Assert.Equal(("CeasefireCalled", "CeasefireAgreed"), (change.OldStatus, change.NewStatus));
        Assert.Equal(0, await subscriber.WaitForExitAsync(Bound));
        var printed = Assert.Single(subscriber.JsonLines);
        Assert.Equal(ChangeKeys.Key(change), Key(printed));
        Assert.Equal(change.MessageId.ToString(), printed.GetProperty("messageId").GetString());
        Assert.Equal("CeasefireAgreed", printed.GetProperty("newStatus").GetString());
    }

    [Fact]
    public async Task SubscribeFromStart_BesideReplayWithBrokerCutMidReplay_PrintsEachChangeOnceInOrderPerPhase()
    {
        // How many changes the seeds give, counted on a store of its own.
        await using var reference = await TestMonitor.CreateAsync();
        await reference.IngestAsync(TestMonitor.SeedItems);
        var expected = await Expected.StatusChangesAsync(reference);
        var max = expected.Count.ToString(CultureInfo.InvariantCulture);
        // The replay and one subscriber reach the broker through a gate that closes, as a broker going down would, on
        // the replay's first confirmed publish: the broker has the message, the replay never hears it was confirmed.
        // The gated subscriber's temporary queue goes with its connection, so it must fill the gap from the store.
        await using var gate = new BrokerGate(_address.Host, _address.Port);
        gate.Open();
        var gated = Url(_address with { Host = "127.0.0.1", Port = (ushort)gate.Port });

        using var cutOff = Start(gated, "subscribe", "--from-start", "--json", "--max", max);
        await cutOff.WaitForErrorAsync("Listening for status changes", Bound);
        gate.CloseOnFirstConfirm();
        // Started beside the replay, this one switches from the store to the bus somewhere during it.
        using var direct = Start(Url(_address), "subscribe", "--from-start", "--json", "--max", max);
        using (var replay = Start(gated, "replay", TestMonitor.Seeds))
        {
            await replay.RunToSuccessAsync(Bound);
            Assert.True(gate.ClosedOnConfirm.IsCompleted, "the gate never saw a confirm");
            Assert.Contains("notifications pending", replay.Error);
        }
        // The next run, with the broker back for it, sends the backlog while the gated subscriber is still cut off.
        using (var again = Start(Url(_address), "replay", TestMonitor.Seeds))
        {
            await again.RunToSuccessAsync(Bound);
            Assert.DoesNotContain("notifications pending", again.Error);
        }
        Assert.Equal(0, await direct.WaitForExitAsync(Bound));
        // Everything is published by now: what the gated subscriber still lacks it can only find in the store.
        gate.Open();

        Assert.Equal(expected.Select(ChangeKeys.Key).Order(), (await StoredChangesAsync()).Select(ChangeKeys.Key).Order());
        foreach (var subscriber in (CeasefireProcess[])[cutOff, direct])
        {
            Assert.Equal(0, await subscriber.WaitForExitAsync(Bound));
            var printed = subscriber.JsonLines;
            // Exactly once: not even a duplicate by message id reaches the output.
            Assert.Equal(expected.Select(ChangeKeys.Key).Order(), printed.Select(Key).Order());
            Assert.Equal(printed.Count, printed.Select(m => m.GetProperty("messageId").GetString()).Distinct().Count());
            foreach (var phase in printed.GroupBy(m => m.GetProperty("phaseId").GetString()))
                Assert.Equal(Enumerable.Range(1, phase.Count()), phase.Select(m => m.GetProperty("sequence").GetInt32()));
            // Where each phase ends, as seeds/EXPECTED.md reads the five articles.
            var final = printed.GroupBy(m => m.GetProperty("phaseStartedOn").GetString()!).ToDictionary(g => g.Key, g => g.Last());
            Assert.Equal(("Ended", "Agreement"), Status(final["2020-09-27"]));
            Assert.Equal(("CeasefireCalled", null), Status(final["2022-09-13"]));
            Assert.Equal(("Ended", "Surrender"), Status(final["2023-09-19"]));
        }
    }

    private static (string?, string?) Status(JsonElement m) =>
        (m.GetProperty("newStatus").GetString(), m.TryGetProperty("endReason", out var reason) ? reason.GetString() : null);

    [Fact]
    public async Task SubscribeFrom_OnePhaseOnInMemoryBus_PrintsThatPhaseFromTheSequenceInOrder()
    {
        using (var replay = Start("memory", "replay", TestMonitor.Seeds)) await replay.RunToSuccessAsync(Bound);
        var phase = (await StoredChangesAsync()).GroupBy(c => c.PhaseId).MaxBy(g => g.Count())!;
        var expected = phase.Where(c => c.Sequence >= 2).Select(ChangeKeys.Key).ToList();
        Assert.NotEmpty(expected);

        using var subscriber = Start("memory", "subscribe", "--phase", phase.Key, "--from", "2", "--json", "--max", expected.Count.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(0, await subscriber.WaitForExitAsync(Bound));
        Assert.Equal(expected, subscriber.JsonLines.Select(Key));
    }
}
