using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Store.Tests;

public abstract partial class EventStoreContract
{
    private async Task<IEventStore> StoreWithStreamAsync(int count)
    {
        var store = await NewStoreAsync();
        await store.AppendAsync("other", ExpectedRevision.NoStream, TestEvents.Batch(2));
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(count));
        return store;
    }

    [Fact]
    public async Task ReadStreamAsync_ForwardsFromRevisionWithMaxCount_ReadsThatWindow()
    {
        var store = await StoreWithStreamAsync(10);

        var read = await store.ReadStreamAsync("truce-1", Direction.Forwards, fromRevision: 3, maxCount: 4).ToListAsync();

        Assert.Equal([3L, 4, 5, 6], read.Select(e => e.StreamRevision));
        Assert.All(read, e => Assert.Equal("truce-1", e.StreamId));
    }

    [Fact]
    public async Task ReadStreamAsync_ForwardsPastTheEnd_StopsAtLastEvent()
    {
        var store = await StoreWithStreamAsync(5);

        var read = await store.ReadStreamAsync("truce-1", Direction.Forwards, fromRevision: 3, maxCount: 100).ToListAsync();

        Assert.Equal([3L, 4], read.Select(e => e.StreamRevision));
    }

    [Fact]
    public async Task ReadStreamAsync_BackwardsFromEnd_ReadsNewestFirst()
    {
        var store = await StoreWithStreamAsync(5);

        var read = await store.ReadStreamAsync("truce-1", Direction.Backwards, long.MaxValue).ToListAsync();

        Assert.Equal([4L, 3, 2, 1, 0], read.Select(e => e.StreamRevision));
        Assert.Equal([7L, 6, 5, 4, 3], read.Select(e => e.Position));
    }

    [Fact]
    public async Task ReadStreamAsync_BackwardsFromRevisionWithMaxCount_ReadsThatWindow()
    {
        var store = await StoreWithStreamAsync(10);

        var read = await store.ReadStreamAsync("truce-1", Direction.Backwards, fromRevision: 6, maxCount: 3).ToListAsync();

        Assert.Equal([6L, 5, 4], read.Select(e => e.StreamRevision));
    }

    [Fact]
    public async Task ReadStreamAsync_LongStream_ReadsEveryEventOnce()
    {
        var store = await StoreWithStreamAsync(2_345);

        var forwards = await store.ReadStreamAsync("truce-1").ToListAsync();
        var backwards = await store.ReadStreamAsync("truce-1", Direction.Backwards, long.MaxValue).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 2_345).Select(r => (long)r), forwards.Select(e => e.StreamRevision));
        Assert.Equal(forwards.Select(e => e.EventId).Reverse(), backwards.Select(e => e.EventId));
    }

    [Fact]
    public async Task ReadStreamAsync_MissingStream_YieldsNothing()
    {
        var store = await StoreWithStreamAsync(3);

        Assert.Empty(await store.ReadStreamAsync("truce-9").ToListAsync());
        Assert.Empty(await store.ReadStreamAsync("truce-9", Direction.Backwards, long.MaxValue).ToListAsync());
    }

    [Fact]
    public async Task ReadAllAsync_AfterPosition_YieldsLaterEventsInPositionOrder()
    {
        var store = await StoreWithStreamAsync(5);
        await store.AppendAsync("other", ExpectedRevision.Exact(1), TestEvents.Batch(1));

        var all = await store.ReadAllAsync().ToListAsync();
        var after = await store.ReadAllAsync(afterPosition: 4).ToListAsync();
        var window = await store.ReadAllAsync(afterPosition: 2, maxCount: 3).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 8).Select(p => (long)p), all.Select(e => e.Position));
        Assert.Equal([5L, 6, 7, 8], after.Select(e => e.Position));
        Assert.Equal(all.Skip(4).Select(e => e.EventId), after.Select(e => e.EventId));
        Assert.Equal([3L, 4, 5], window.Select(e => e.Position));
    }

    [Fact]
    public async Task ReadAllAsync_AfterLastPosition_YieldsNothing()
    {
        var store = await StoreWithStreamAsync(3);

        Assert.Empty(await store.ReadAllAsync(await store.GetLastPositionAsync()).ToListAsync());
    }
}
