using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Store.Tests;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task ReadAllAsync_WithTypeFilter_ReturnsOnlyNamedTypesAtTheirGlobalPositionsAcrossPages()
    {
        var store = await NewStoreAsync();
        // Interleaved so matching events straddle page boundaries: positions 1..3000, every third one "Kept".
        var events = Enumerable.Range(0, 3_000).Select(i => TestEvents.One(i % 3 == 2 ? "Kept" : i % 3 == 0 ? "Dropped" : "Other", $$"""{"n":{{i}}}""")).ToArray();
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, events);

        var filtered = await store.ReadAllAsync(afterPosition: 0, int.MaxValue, new EventTypeFilter(["Kept", "Absent"])).ToListAsync();

        var expected = await store.ReadAllAsync().Where(e => e.Type == "Kept").ToListAsync();
        Assert.Equal(1_000, filtered.Count);
        Assert.Equal(expected.Select(e => (e.Position, e.EventId, e.StreamRevision)), filtered.Select(e => (e.Position, e.EventId, e.StreamRevision)));
        Assert.Equal(Enumerable.Range(0, 1_000).Select(i => 3L * i + 3), filtered.Select(e => e.Position));
    }

    [Fact]
    public async Task ReadAllAsync_WithTypeFilter_ResumesFromTheLastDeliveredPositionAndCountsOnlyMatches()
    {
        var store = await NewStoreAsync();
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, [.. TestEvents.Batch(5, "Dropped"), TestEvents.One("Kept"), .. TestEvents.Batch(5, "Dropped"), TestEvents.One("Kept"), TestEvents.One("Kept")]);
        var filter = new EventTypeFilter(["Kept"]);

        var first = await store.ReadAllAsync(afterPosition: 0, maxCount: 2, filter).ToListAsync();
        var rest = await store.ReadAllAsync(afterPosition: first[^1].Position, int.MaxValue, filter).ToListAsync();

        Assert.Equal([6L, 12], first.Select(e => e.Position));
        Assert.Equal([13L], rest.Select(e => e.Position));
        Assert.Empty(await store.ReadAllAsync(afterPosition: 13, int.MaxValue, filter).ToListAsync());
    }

    [Fact]
    public async Task SubscribeToAllAsync_WithTypeFilter_CatchesUpThenDeliversOnlyNamedLiveEvents()
    {
        var store = await NewStoreAsync();
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, [.. TestEvents.Batch(2_000, "Dropped"), TestEvents.One("Kept"), TestEvents.One("Dropped")]);
        using var timeout = new CancellationTokenSource(Patience);
        var received = new List<RecordedEvent>();

        await foreach (var e in store.SubscribeToAllAsync(afterPosition: 0, new EventTypeFilter(["Kept"]), timeout.Token))
        {
            received.Add(e);
            if (received.Count == 1) await store.AppendAsync("truce-2", ExpectedRevision.NoStream, [TestEvents.One("Dropped"), TestEvents.One("Kept")]);
            if (received.Count == 2) break;
        }

        Assert.Equal([2_001L, 2_004], received.Select(e => e.Position));
        Assert.All(received, e => Assert.Equal("Kept", e.Type));
    }

    [Fact]
    public void EventTypeFilter_RejectsEmptyBlankOrTooManyTypes()
    {
        Assert.Contains("no types", Assert.Throws<ArgumentException>(() => new EventTypeFilter([])).Message);
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => new EventTypeFilter(["Kept", " "])).Message);
        Assert.Contains("at most 64", Assert.Throws<ArgumentException>(() => new EventTypeFilter(Enumerable.Range(0, 65).Select(i => $"T{i}"))).Message);
    }
}
