using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Store.Tests;

/// <summary>
/// What every IEventStore must do. An implementation's test class derives from it and only says how to
/// create a fresh, empty store; stores created here are disposed after each test.
/// </summary>
public abstract partial class EventStoreContract : IAsyncLifetime
{
    private readonly List<IEventStore> _stores = [];

    /// <summary>A new store with no events, isolated from every other test.</summary>
    protected abstract Task<IEventStore> CreateStoreAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    private async Task<IEventStore> NewStoreAsync()
    {
        var store = await CreateStoreAsync();
        _stores.Add(store);
        return store;
    }

    private static Task<List<RecordedEvent>> ReadStream(IEventStore store, string streamId) =>
        store.ReadStreamAsync(streamId).ToListAsync();

    [Fact]
    public async Task AppendAsync_NoStreamOnNewStream_StartsAtRevisionZero()
    {
        var store = await NewStoreAsync();

        var result = await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(3));

        Assert.Equal(new AppendResult(2, 3, false), result);
        Assert.Equal([0L, 1, 2], (await ReadStream(store, "truce-1")).Select(e => e.StreamRevision));
    }

    [Fact]
    public async Task AppendAsync_NoStreamOnExistingStream_ThrowsWithActualRevision()
    {
        var store = await NewStoreAsync();
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(2));

        var error = await Assert.ThrowsAsync<WrongExpectedRevisionException>(
            () => store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(1)));

        Assert.Equal(("truce-1", ExpectedRevision.NoStream, (long?)1), (error.StreamId, error.Expected, error.Actual));
        Assert.Equal(2, (await ReadStream(store, "truce-1")).Count);
    }

    [Fact]
    public async Task AppendAsync_ExactMatchingRevision_AppendsAfterIt()
    {
        var store = await NewStoreAsync();
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(2));

        var result = await store.AppendAsync("truce-1", ExpectedRevision.Exact(1), TestEvents.Batch(2));

        Assert.Equal(new AppendResult(3, 4, false), result);
    }

    [Fact]
    public async Task AppendAsync_ExactStaleRevision_ThrowsWithActualRevision()
    {
        var store = await NewStoreAsync();
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(3));

        var error = await Assert.ThrowsAsync<WrongExpectedRevisionException>(
            () => store.AppendAsync("truce-1", ExpectedRevision.Exact(0), TestEvents.Batch(1)));

        Assert.Equal(2, error.Actual);
        Assert.Equal(3, (await ReadStream(store, "truce-1")).Count);
    }

    [Fact]
    public async Task AppendAsync_ExactOnMissingStream_ThrowsWithNoActual()
    {
        var store = await NewStoreAsync();

        var error = await Assert.ThrowsAsync<WrongExpectedRevisionException>(
            () => store.AppendAsync("truce-1", ExpectedRevision.Exact(0), TestEvents.Batch(1)));

        Assert.Null(error.Actual);
    }

    [Fact]
    public async Task AppendAsync_StreamExistsOnMissingStream_ThrowsAndStoresNothing()
    {
        var store = await NewStoreAsync();

        var error = await Assert.ThrowsAsync<WrongExpectedRevisionException>(
            () => store.AppendAsync("truce-1", ExpectedRevision.StreamExists, TestEvents.Batch(1)));

        Assert.Null(error.Actual);
        Assert.Equal(0, await store.GetLastPositionAsync());
    }

    [Fact]
    public async Task AppendAsync_StreamExistsOnExistingStream_Appends()
    {
        var store = await NewStoreAsync();
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(1));

        var result = await store.AppendAsync("truce-1", ExpectedRevision.StreamExists, TestEvents.Batch(1));

        Assert.Equal(1, result.NextExpectedRevision);
    }

    [Fact]
    public async Task AppendAsync_Any_AppendsToMissingAndExistingStreams()
    {
        var store = await NewStoreAsync();

        var first = await store.AppendAsync("truce-1", ExpectedRevision.Any, TestEvents.Batch(2));
        var second = await store.AppendAsync("truce-1", ExpectedRevision.Any, TestEvents.Batch(1));

        Assert.Equal((1L, 2L), (first.NextExpectedRevision, second.NextExpectedRevision));
    }

    [Fact]
    public async Task AppendAsync_EmptyBatch_ChecksRevisionAndAppendsNothing()
    {
        var store = await NewStoreAsync();
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(2));

        var result = await store.AppendAsync("truce-1", ExpectedRevision.Exact(1), []);

        Assert.Equal(new AppendResult(1, 2, false), result);
        await Assert.ThrowsAsync<WrongExpectedRevisionException>(() => store.AppendAsync("truce-1", ExpectedRevision.NoStream, []));
        await Assert.ThrowsAsync<WrongExpectedRevisionException>(() => store.AppendAsync("truce-2", ExpectedRevision.StreamExists, []));
        Assert.Equal(2, await store.GetLastPositionAsync());
    }

    [Fact]
    public async Task AppendAsync_SeveralStreams_PositionsStrictlyIncreaseFromOne()
    {
        var store = await NewStoreAsync();
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(2));
        await store.AppendAsync("truce-2", ExpectedRevision.NoStream, TestEvents.Batch(3));
        await store.AppendAsync("truce-1", ExpectedRevision.Exact(1), TestEvents.Batch(1));

        var all = await store.ReadAllAsync().ToListAsync();

        Assert.Equal([1L, 2, 3, 4, 5, 6], all.Select(e => e.Position));
        Assert.Equal(["truce-1", "truce-1", "truce-2", "truce-2", "truce-2", "truce-1"], all.Select(e => e.StreamId));
        Assert.Equal([0L, 1, 0, 1, 2, 2], all.Select(e => e.StreamRevision));
        Assert.Equal(6, await store.GetLastPositionAsync());
    }

    [Fact]
    public async Task GetLastPositionAsync_EmptyStore_IsZero()
    {
        var store = await NewStoreAsync();

        Assert.Equal(0, await store.GetLastPositionAsync());
    }

    [Fact]
    public async Task AppendAsync_DataAndMetadata_RoundTripByteExact()
    {
        var store = await NewStoreAsync();
        var everyByte = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        EventData[] events =
        [
            new(Guid.NewGuid(), "V1.CeasefireAgreed", everyByte, [0, 255, 0]),
            new(Guid.NewGuid(), "V1.CeasefireViolated", [], null),
            new(Guid.NewGuid(), "V1.HostilitiesEnded", [1], []),
        ];
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);

        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, events);
        var read = await ReadStream(store, "truce-1");

        Assert.Equal(events.Select(e => (e.EventId, e.Type, e.Data, e.Metadata)), read.Select(e => (e.EventId, e.Type, e.Data, e.Metadata)));
        Assert.All(read, e => Assert.InRange(e.Created, before, DateTimeOffset.UtcNow.AddSeconds(5)));
        Assert.All(read, e => Assert.Equal(TimeSpan.Zero, e.Created.Offset));
    }

    [Fact]
    public async Task AppendAsync_DuplicateIdInBatch_ThrowsAndStoresNothing()
    {
        var store = await NewStoreAsync();
        var e = TestEvents.One();

        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync("truce-1", ExpectedRevision.Any, [e, e]));

        Assert.Equal(0, await store.GetLastPositionAsync());
    }

    [Fact]
    public async Task AppendAsync_ConcurrentWritersWithSameExactRevision_ExactlyOneWins()
    {
        var store = await NewStoreAsync();
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(1));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await store.AppendAsync("truce-1", ExpectedRevision.Exact(0), TestEvents.Batch(2));
                return (long?)null;
            }
            catch (WrongExpectedRevisionException e)
            {
                return e.Actual;
            }
        })).ToArray();

        start.SetResult();
        var outcomes = await Task.WhenAll(writers);

        Assert.Single(outcomes, o => o is null);
        Assert.All(outcomes.Where(o => o is not null), o => Assert.Equal(2, o));
        Assert.Equal([0L, 1, 2], (await ReadStream(store, "truce-1")).Select(e => e.StreamRevision));
    }

    [Fact]
    public async Task AppendAsync_LargeBatch_StoresAllInOrder()
    {
        var store = await NewStoreAsync();
        var events = TestEvents.Batch(10_000);

        var result = await store.AppendAsync("truce-1", ExpectedRevision.NoStream, events);

        Assert.Equal(new AppendResult(9_999, 10_000, false), result);
        var read = await ReadStream(store, "truce-1");
        Assert.Equal(events.Select(e => e.EventId), read.Select(e => e.EventId));
        Assert.Equal(Enumerable.Range(1, 10_000).Select(p => (long)p), read.Select(e => e.Position));
    }

    [Fact]
    public async Task AppendAsync_LargeBatchWhoseLastIdIsStoredElsewhere_StoresNoneOfIt()
    {
        var store = await NewStoreAsync();
        var taken = TestEvents.One();
        await store.AppendAsync("truce-2", ExpectedRevision.NoStream, [taken]);
        EventData[] events = [.. TestEvents.Batch(9_999), taken];

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.AppendAsync("truce-1", ExpectedRevision.NoStream, events));

        Assert.Contains(taken.EventId.ToString(), error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await ReadStream(store, "truce-1"));
        Assert.Equal(1, await store.GetLastPositionAsync());
    }
}
