using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Store.Tests;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task AppendAsync_SameIdsAgain_AppendsNothingAndReportsIdempotent()
    {
        var store = await NewStoreAsync();
        var events = TestEvents.Batch(3);
        var first = await store.AppendAsync("truce-1", ExpectedRevision.NoStream, events);

        var retry = await store.AppendAsync("truce-1", ExpectedRevision.NoStream, events);

        Assert.Equal(first with { WasIdempotent = true }, retry);
        Assert.Equal(3, await store.GetLastPositionAsync());
    }

    [Fact]
    public async Task AppendAsync_SameIdsAfterLaterAppends_IdempotentWithStreamsCurrentRevision()
    {
        var store = await NewStoreAsync();
        var events = TestEvents.Batch(2);
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, events);
        await store.AppendAsync("truce-2", ExpectedRevision.NoStream, TestEvents.Batch(1));
        await store.AppendAsync("truce-1", ExpectedRevision.Exact(1), TestEvents.Batch(2));

        var retry = await store.AppendAsync("truce-1", ExpectedRevision.Exact(7), events);

        Assert.Equal(new AppendResult(3, 5, true), retry);
        Assert.Equal(4, (await ReadStream(store, "truce-1")).Count);
    }

    [Fact]
    public async Task AppendAsync_SecondHalfOfAStoredBatch_IsIdempotent()
    {
        var store = await NewStoreAsync();
        var events = TestEvents.Batch(4);
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, events);

        var retry = await store.AppendAsync("truce-1", ExpectedRevision.Exact(1), events[2..]);

        Assert.True(retry.WasIdempotent);
        Assert.Equal(4, await store.GetLastPositionAsync());
    }

    [Fact]
    public async Task AppendAsync_PartiallyStoredIds_ThrowsNamingThemAndStoresNothing()
    {
        var store = await NewStoreAsync();
        var stored = TestEvents.Batch(2);
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, stored);
        var fresh = TestEvents.One();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.AppendAsync("truce-1", ExpectedRevision.Exact(1), [.. stored, fresh]));

        Assert.Contains(stored[0].EventId.ToString(), error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(fresh.EventId.ToString(), error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, await store.GetLastPositionAsync());
    }

    [Fact]
    public async Task AppendAsync_NewIdThenStoredId_ThrowsNamingTheStoredId()
    {
        var store = await NewStoreAsync();
        var stored = TestEvents.One();
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, [stored]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.AppendAsync("truce-1", ExpectedRevision.Exact(0), [TestEvents.One(), stored]));

        Assert.Contains(stored.EventId.ToString(), error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Single(await ReadStream(store, "truce-1"));
    }

    [Fact]
    public async Task AppendAsync_StoredIdsInWrongOrder_Throws()
    {
        var store = await NewStoreAsync();
        var stored = TestEvents.Batch(2);
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, stored);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.AppendAsync("truce-1", ExpectedRevision.Any, [stored[1], stored[0]]));
    }

    [Fact]
    public async Task AppendAsync_IdStoredInAnotherStream_ThrowsNamingIt()
    {
        var store = await NewStoreAsync();
        var stored = TestEvents.One();
        await store.AppendAsync("truce-2", ExpectedRevision.NoStream, [stored]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.AppendAsync("truce-1", ExpectedRevision.NoStream, [stored]));

        Assert.Contains(stored.EventId.ToString(), error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await ReadStream(store, "truce-1"));
    }

    [Fact]
    public async Task AppendAsync_SameIdsAgainWithAnyRevision_AppendsNothingAndReportsIdempotent()
    {
        var store = await NewStoreAsync();
        var events = TestEvents.Batch(3);
        var first = await store.AppendAsync("truce-1", ExpectedRevision.Any, events);
        await store.AppendAsync("truce-2", ExpectedRevision.Any, TestEvents.Batch(1));

        var retry = await store.AppendAsync("truce-1", ExpectedRevision.Any, events);
        var next = await store.AppendAsync("truce-1", ExpectedRevision.Any, TestEvents.Batch(1));

        Assert.Equal(first with { WasIdempotent = true }, retry);
        Assert.Equal(new AppendResult(3, 5, false), next);
    }

    [Fact]
    public async Task AppendAsync_IdStoredInAnotherStreamWithAnyRevision_ThrowsAndStoresNothing()
    {
        var store = await NewStoreAsync();
        var stored = TestEvents.One();
        await store.AppendAsync("truce-2", ExpectedRevision.Any, [stored]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AppendAsync("truce-1", ExpectedRevision.Any, [TestEvents.One(), stored]));

        Assert.Empty(await ReadStream(store, "truce-1"));
        Assert.Equal(1, await store.GetLastPositionAsync());
    }
}
