using System.Diagnostics;
using System.Runtime.CompilerServices;
using CeasefireMonitor.Store.Port;
using EventTypeFilter = CeasefireMonitor.Store.Port.EventTypeFilter;

namespace CeasefireMonitor.Benchmarks.Stores;

/// <summary>
/// Times what the application asks of the event store. For reads it also times the caller's own work between
/// two events, which for ingestion is folding the conflict stream.
/// </summary>
public sealed class TimedEventStore(IEventStore inner, StoreTimings timings) : IEventStore
{
    public async Task<AppendResult> AppendAsync(string streamId, ExpectedRevision expected, IReadOnlyList<EventData> events, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await inner.AppendAsync(streamId, expected, events, ct);
        }
        finally
        {
            timings.Appends.Add(started, events.Count);
        }
    }

    public IAsyncEnumerable<RecordedEvent> ReadStreamAsync(string streamId, Direction direction = Direction.Forwards, long fromRevision = 0, int maxCount = int.MaxValue, CancellationToken ct = default) =>
        TimeAsync(inner.ReadStreamAsync(streamId, direction, fromRevision, maxCount, ct), timings.StreamReads, timings.StreamFolding);

    public IAsyncEnumerable<RecordedEvent> ReadAllAsync(long afterPosition = 0, int maxCount = int.MaxValue, CancellationToken ct = default) =>
        TimeAsync(inner.ReadAllAsync(afterPosition, maxCount, ct), timings.LogReads, timings.LogDeserialising);

    public IAsyncEnumerable<RecordedEvent> ReadAllAsync(long afterPosition, int maxCount, EventTypeFilter filter, CancellationToken ct = default) =>
        TimeAsync(inner.ReadAllAsync(afterPosition, maxCount, filter, ct), timings.LogReads, timings.LogDeserialising);

    public IAsyncEnumerable<RecordedEvent> SubscribeToAllAsync(long afterPosition = 0, CancellationToken ct = default) =>
        inner.SubscribeToAllAsync(afterPosition, ct);

    public IAsyncEnumerable<RecordedEvent> SubscribeToAllAsync(long afterPosition, EventTypeFilter filter, CancellationToken ct = default) =>
        inner.SubscribeToAllAsync(afterPosition, filter, ct);

    public Task<long> GetLastPositionAsync(CancellationToken ct = default) => inner.GetLastPositionAsync(ct);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private static async IAsyncEnumerable<RecordedEvent> TimeAsync(IAsyncEnumerable<RecordedEvent> events, Section reading, Section consuming, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var enumerator = events.GetAsyncEnumerator(ct);
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            var more = await enumerator.MoveNextAsync();
            reading.Add(started, more ? 1 : 0);
            if (!more) yield break;
            var handedOver = Stopwatch.GetTimestamp();
            yield return enumerator.Current;
            consuming.Add(handedOver, 0);
        }
    }
}

/// <summary>Time spent in each kind of store call, and how many events went through it.</summary>
public sealed class StoreTimings
{
    public Section Appends { get; } = new("event store: appends");
    public Section StreamReads { get; } = new("event store: stream reads");
    public Section StreamFolding { get; } = new("ingestion: folding read events (JSON + Evolve)");
    public Section LogReads { get; } = new("event store: log reads");
    public Section LogDeserialising { get; } = new("projections: deserialising read events");
    public Section DocumentLoads { get; } = new("read models: document loads", "documents");
    public Section DocumentCommits { get; } = new("read models: commits", "documents written");
}

/// <summary>An accumulated Stopwatch section.</summary>
public sealed class Section(string name, string unit = "events")
{
    private long _ticks;

    public string Name { get; } = name;

    public string Unit { get; } = unit;

    public long Events { get; private set; }

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, _ticks);

    public void Add(long startedTimestamp, long events)
    {
        _ticks += Stopwatch.GetTimestamp() - startedTimestamp;
        Events += events;
    }
}
