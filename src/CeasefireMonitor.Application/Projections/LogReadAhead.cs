using System.Runtime.CompilerServices;
using CeasefireMonitor.Application.Serialization.Reading;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Application.Projections;

/// <summary>
/// Reads and deserialises the log ahead of the projections, in order. Up to the log's end taken before the catch-up, a
/// store that hands over its rows is read in consecutive ranges of positions, two side by side (reading was the slower
/// stage, so the applying thread waited for it); after that end, and on other stores, one page at a time, the next read
/// while the current one is applied.
/// </summary>
internal static class LogReadAhead
{
    private const int RangesInFlight = 2;

    public static async IAsyncEnumerable<LogPage> ReadAsync(IEventStore events, long afterPosition, long logEnd, int pageSize, HandledTypes handled, [EnumeratorCancellation] CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var inFlight = new Queue<Task<LogPage>>();
        // One reader per range in flight: range k and range k + 2 share one, and k has been taken before k + 2 starts.
        var readers = new StoredEventReader[RangesInFlight];
        for (var i = 0; i < readers.Length; i++) readers[i] = new StoredEventReader();
        try
        {
            var position = afterPosition;
            if (events is IEventRowReader rows)
            {
                var (next, started) = (afterPosition, 0);
                void Start()
                {
                    var (from, to, reader) = (next, Math.Min(next + pageSize, logEnd), readers[started++ % RangesInFlight]);
                    inFlight.Enqueue(Task.Run(() => LogPage.ReadRangeAsync(rows, from, to, handled, reader, stop.Token), stop.Token));
                    next = to;
                }
                while (inFlight.Count < RangesInFlight && next < logEnd) Start();
                while (inFlight.TryDequeue(out var reading))
                {
                    var page = await reading;
                    if (next < logEnd) Start();
                    position = page.UpTo;
                    yield return page;
                }
            }
            // Events appended during the catch-up, or every event of a store without the row reader.
            inFlight.Enqueue(LogPage.ReadAsync(events, position, pageSize, handled, readers[0], stop.Token));
            while (inFlight.TryDequeue(out var reading))
            {
                var page = await reading;
                if (page.Events.Count == 0) yield break;
                var after = page.UpTo;
                inFlight.Enqueue(Task.Run(() => LogPage.ReadAsync(events, after, pageSize, handled, readers[0], stop.Token), stop.Token));
                yield return page;
            }
        }
        finally
        {
            await StopAsync(stop, inFlight);
        }
    }

    // A failure while applying leaves reads in flight; they are cancelled and awaited so none outlives the catch-up.
    private static async Task StopAsync(CancellationTokenSource stop, Queue<Task<LogPage>> inFlight)
    {
        if (inFlight.Count == 0) return;
        await stop.CancelAsync();
        foreach (var reading in inFlight)
        {
            try
            {
                await reading;
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
