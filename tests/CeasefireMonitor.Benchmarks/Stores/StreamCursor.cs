using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Benchmarks.Stores;

/// <summary>Spreads appends over a few streams and tracks each one's revision, as ingestion does with conflicts.</summary>
public sealed class StreamCursor(string prefix, int streams)
{
    private readonly long?[] _revisions = new long?[streams];
    private int _turn;

    public async Task AppendAsync(IEventStore store, IReadOnlyList<EventData> events)
    {
        var slot = _turn++ % _revisions.Length;
        var expected = _revisions[slot] is { } r ? ExpectedRevision.Exact(r) : ExpectedRevision.NoStream;
        var result = await store.AppendAsync($"{prefix}-{slot}", expected, events);
        _revisions[slot] = result.NextExpectedRevision;
    }
}
