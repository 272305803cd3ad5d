using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Store.Tests;

public abstract partial class EventStoreContract
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task SubscribeToAllAsync_FromCheckpoint_CatchesUpThenGoesLiveInOrderWithoutDuplicates()
    {
        var store = await NewStoreAsync();
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(3_000));
        using var timeout = new CancellationTokenSource(Patience);
        var delivered = new SemaphoreSlim(0);
        var received = new List<RecordedEvent>();
        Task? liveAppends = null;

        await foreach (var e in store.SubscribeToAllAsync(afterPosition: 1_000, timeout.Token))
        {
            received.Add(e);
            if (received.Count == 1)
            {
                // Still catching up: these must arrive after the backlog, once each.
                await store.AppendAsync("truce-2", ExpectedRevision.NoStream, TestEvents.Batch(10));
            }

            if (e.Position == 3_010)
            {
                liveAppends = AppendOneByOneAsync(store, delivered, 5, timeout.Token);
            }

            if (e.Position >= 3_010)
            {
                delivered.Release();
            }

            if (e.Position == 3_015)
            {
                break;
            }
        }

        await liveAppends!;
        Assert.Equal(Enumerable.Range(1_001, 2_015).Select(p => (long)p), received.Select(e => e.Position));
        var log = await store.ReadAllAsync(afterPosition: 1_000).ToListAsync();
        Assert.Equal(log.Select(e => e.EventId), received.Select(e => e.EventId));
    }

    [Fact]
    public async Task SubscribeToAllAsync_EmptyStore_ReceivesFirstAppend()
    {
        var store = await NewStoreAsync();
        using var timeout = new CancellationTokenSource(Patience);
        var subscription = store.SubscribeToAllAsync(ct: timeout.Token).TakeAsync(2);

        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(2));

        Assert.Equal([1L, 2], (await subscription).Select(e => e.Position));
    }

    [Fact]
    public async Task SubscribeToAllAsync_Cancelled_StopsWithCancellation()
    {
        var store = await NewStoreAsync();
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(1));
        using var cancel = new CancellationTokenSource();
        var received = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in store.SubscribeToAllAsync(ct: cancel.Token))
            {
                received++;
                await cancel.CancelAsync();
            }
        });

        Assert.Equal(1, received);
    }

    // Each append waits for the previous event's delivery, so it lands while the subscription is live.
    private static async Task AppendOneByOneAsync(IEventStore store, SemaphoreSlim delivered, int count, CancellationToken ct)
    {
        for (var i = 0; i < count; i++)
        {
            await delivered.WaitAsync(ct);
            await store.AppendAsync("truce-3", ExpectedRevision.Any, TestEvents.Batch(1), ct);
        }
    }
}
