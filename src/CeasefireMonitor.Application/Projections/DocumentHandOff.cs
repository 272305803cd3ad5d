using System.Collections.Concurrent;

namespace CeasefireMonitor.Application.Projections;

/// <summary>
/// Serialises documents on a thread of its own while the caller (the store, writing them to SQLite) takes them in order
/// through a bounded hand-off: at a rebuild's commit one core writes JSON while the other inserts it. Each document's
/// bytes stay valid until the caller takes the next one; then their buffer goes back to the serialising thread.
/// </summary>
internal static class DocumentHandOff
{
    // Documents serialised ahead of the writer: a few keep both sides busy, more would only hold more memory.
    private const int Ahead = 4;

    public static IEnumerable<(string Key, ReadOnlyMemory<byte>? Json)> Serialise(IProjection projection, IReadOnlyCollection<string> keys, IReadOnlyDictionary<string, object> documents)
    {
        using var ready = new BlockingCollection<(string Key, DocumentJson Json, ReadOnlyMemory<byte> Bytes)>(Ahead);
        var free = new ConcurrentQueue<DocumentJson>();
        var made = new ConcurrentBag<DocumentJson>();
        using var stop = new CancellationTokenSource();
        // A thread of its own: the caller blocks while it waits, so a pool thread could be starved.
        var worker = Task.Factory.StartNew(() => Produce(projection, keys, documents, ready, free, made, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        DocumentJson? taken = null;
        try
        {
            foreach (var (key, json, bytes) in ready.GetConsumingEnumerable())
            {
                // The caller asks for the next document only when it is done with the bytes of this one.
                if (taken is not null) free.Enqueue(taken);
                taken = json;
                yield return (key, bytes);
            }
            worker.GetAwaiter().GetResult();
        }
        finally
        {
            // The caller may stop early (a failed insert): the thread is stopped and awaited so it never outlives the commit.
            stop.Cancel();
            try
            {
                worker.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // Already thrown above when the caller took every document; otherwise the caller's own failure is the one to report.
            }
            foreach (var json in made) json.Dispose();
        }
    }

    private static void Produce(IProjection projection, IReadOnlyCollection<string> keys, IReadOnlyDictionary<string, object> documents,
        BlockingCollection<(string, DocumentJson, ReadOnlyMemory<byte>)> ready, ConcurrentQueue<DocumentJson> free, ConcurrentBag<DocumentJson> made, CancellationToken ct)
    {
        try
        {
            foreach (var key in keys)
            {
                if (!free.TryDequeue(out var json)) made.Add(json = DocumentJson.Rent());
                ready.Add((key, json, json.Write(documents[key], projection.DocumentType)), ct);
            }
        }
        finally
        {
            ready.CompleteAdding();
        }
    }
}
