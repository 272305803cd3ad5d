using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Postgres.Events;
using CeasefireMonitor.TestSupport;

namespace CeasefireMonitor.Store.Tests.Postgres;

/// <summary>Several store instances (as several monitor processes would open) on one database.</summary>
public sealed class PostgresInstancesTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public async Task SubscribeToAllAsync_ConcurrentWritersOnOtherInstances_SeesEveryEventOnceInDensePositionOrder()
    {
        var location = await database.NewSchemaAsync();
        await using var reader = await PostgresEventStore.OpenAsync(location);
        await using var first = await PostgresEventStore.OpenAsync(location);
        await using var second = await PostgresEventStore.OpenAsync(location);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        const int WritersPerInstance = 4, AppendsPerWriter = 25, EventsPerAppend = 3;
        const int Total = 2 * WritersPerInstance * AppendsPerWriter * EventsPerAppend;
        var subscription = reader.SubscribeToAllAsync(ct: timeout.Token).TakeAsync(Total);

        var writers = new[] { first, second }.SelectMany(store => Enumerable.Range(0, WritersPerInstance).Select(w => Task.Run(async () =>
        {
            var stream = $"truce-{Guid.NewGuid():N}";
            for (var i = 0; i < AppendsPerWriter; i++)
                await store.AppendAsync(stream, i == 0 ? ExpectedRevision.NoStream : ExpectedRevision.Exact(i * EventsPerAppend - 1), TestEvents.Batch(EventsPerAppend), timeout.Token);
        })));
        await Task.WhenAll(writers);
        var received = await subscription;

        Assert.Equal(Enumerable.Range(1, Total).Select(p => (long)p), received.Select(e => e.Position));
        Assert.Equal((await reader.ReadAllAsync().ToListAsync()).Select(e => e.EventId), received.Select(e => e.EventId));
    }

    [Fact]
    public async Task AppendAsync_TwoInstancesRacingOnOneStream_EachRetryFromTheRevisionItReadLosesNothing()
    {
        var location = await database.NewSchemaAsync();
        await using var first = await PostgresEventStore.OpenAsync(location);
        await using var second = await PostgresEventStore.OpenAsync(location);
        const int AppendsPerInstance = 30;

        // What ingestion does: read the head, append at it, and on a conflict read again and retry.
        async Task WriteAsync(IEventStore store)
        {
            for (var i = 0; i < AppendsPerInstance; i++)
            {
                var batch = TestEvents.Batch(1);
                while (true)
                {
                    var last = await store.ReadStreamAsync("truce-1", Direction.Backwards, long.MaxValue, 1).ToListAsync();
                    var expected = last.Count == 0 ? ExpectedRevision.NoStream : ExpectedRevision.Exact(last[0].StreamRevision);
                    try
                    {
                        await store.AppendAsync("truce-1", expected, batch);
                        break;
                    }
                    catch (WrongExpectedRevisionException)
                    {
                    }
                }
            }
        }

        await Task.WhenAll(Task.Run(() => WriteAsync(first)), Task.Run(() => WriteAsync(second)));

        var stream = await first.ReadStreamAsync("truce-1").ToListAsync();
        Assert.Equal(Enumerable.Range(0, 2 * AppendsPerInstance).Select(r => (long)r), stream.Select(e => e.StreamRevision));
        Assert.Equal(2 * AppendsPerInstance, stream.Select(e => e.EventId).Distinct().Count());
    }
}
