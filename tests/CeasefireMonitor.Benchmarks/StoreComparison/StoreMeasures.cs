using System.Diagnostics;
using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Benchmarks.Stores;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Benchmarks.StoreComparison;

/// <summary>What one run measures on a store: appends, a catch-up read of the whole log, a projection rebuild. Each returns events per second.</summary>
public static class StoreMeasures
{
    public const int Streams = 50, CatchUpEvents = 50_000;

    public static async Task<double> AppendsAsync(IEventStore events, EventPayloads payloads, int total, int batchSize)
    {
        var cursor = new StreamCursor("bench", Streams);
        var batches = Enumerable.Range(0, total / batchSize).Select(_ => payloads.Next(batchSize)).ToList();
        var started = Stopwatch.GetTimestamp();
        foreach (var batch in batches) await cursor.AppendAsync(events, batch);
        return total / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>Fills the log (not timed), then reads it from the start to the end through the port.</summary>
    public static async Task<double> CatchUpAsync(IEventStore events, EventPayloads payloads)
    {
        await AppendsAsync(events, payloads, CatchUpEvents, 1_000);
        var started = Stopwatch.GetTimestamp();
        var read = 0;
        await foreach (var _ in events.ReadAllAsync()) read++;
        return read / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    public static async Task<double> RebuildAsync(ProjectionRunner projections, long events)
    {
        var started = Stopwatch.GetTimestamp();
        await projections.RebuildAsync();
        return events / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>Copies a log in its global order, consecutive events of one stream in one append, so both stores rebuild the same log.</summary>
    public static async Task CopyLogAsync(IEventStore from, IEventStore to)
    {
        var run = new List<RecordedEvent>();
        await foreach (var e in from.ReadAllAsync())
        {
            if (run.Count > 0 && (run[0].StreamId != e.StreamId || run.Count == 1_000)) await AppendRunAsync(to, run);
            run.Add(e);
        }
        if (run.Count > 0) await AppendRunAsync(to, run);
    }

    private static async Task AppendRunAsync(IEventStore to, List<RecordedEvent> run)
    {
        await to.AppendAsync(run[0].StreamId, ExpectedRevision.Any, [.. run.Select(e => new EventData(e.EventId, e.Type, e.Data, e.Metadata))]);
        run.Clear();
    }
}
