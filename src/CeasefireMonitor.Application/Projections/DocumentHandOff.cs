using System.Collections.Concurrent;

namespace CeasefireMonitor.Application.Projections;

/// <summary>
/// Serialises a commit's documents on two threads, the caller's and a helper: the caller (the store, writing them to SQLite)
/// takes what the helper has ready and otherwise serialises the next document itself, so it never waits for a wake-up while
/// documents are left. Documents come in the order they are finished; each one's bytes stay valid until the caller takes the next.
/// </summary>
internal static class DocumentHandOff
{
    // Buffers the helper may fill ahead of the writer: a few keep it busy, more would only hold more memory.
    private const int Ahead = 4;

    public static IEnumerable<(string Key, ReadOnlyMemory<byte>? Json)> Serialise(IProjection projection, IReadOnlyCollection<string> keys, IReadOnlyDictionary<string, object> documents)
    {
        var work = new KeyQueue(keys);
        using var ready = new BlockingCollection<(string Key, DocumentJson Json, ReadOnlyMemory<byte> Bytes)>();
        // Last in, first out, and made only when none is free: the helper reuses one or two grown buffers, not all of them.
        using var free = new BlockingCollection<DocumentJson>(new ConcurrentStack<DocumentJson>());
        var own = DocumentJson.Rent();
        var made = new ConcurrentBag<DocumentJson> { own };
        using var stop = new CancellationTokenSource();
        // A thread of its own: it blocks while its buffers are all with the caller, so a pool thread could be starved.
        var helper = Task.Factory.StartNew(() => Produce(projection, documents, work, ready, free, made, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            while (true)
            {
                if (ready.TryTake(out var item))
                {
                    yield return (item.Key, item.Bytes);
                    // The caller asks for the next document only when it is done with the bytes of this one.
                    free.Add(item.Json);
                }
                else if (work.TryTake(out var key)) yield return (key, own.Write(documents[key], projection.DocumentType));
                // Every key is taken: the helper's last documents, until it has finished.
                else if (ready.TryTake(out item, Timeout.Infinite))
                {
                    yield return (item.Key, item.Bytes);
                    free.Add(item.Json);
                }
                else break;
            }
            helper.GetAwaiter().GetResult();
        }
        finally
        {
            // The caller may stop early (a failed insert): the helper is stopped and awaited so it never outlives the commit.
            stop.Cancel();
            try
            {
                helper.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // Already thrown above when the caller took every document; otherwise the caller's own failure is the one to report.
            }
            foreach (var json in made) json.Dispose();
        }
    }

    private static void Produce(IProjection projection, IReadOnlyDictionary<string, object> documents, KeyQueue work,
        BlockingCollection<(string, DocumentJson, ReadOnlyMemory<byte>)> ready, BlockingCollection<DocumentJson> free, ConcurrentBag<DocumentJson> made, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                if (!free.TryTake(out var json))
                {
                    if (made.Count <= Ahead) made.Add(json = DocumentJson.Rent());
                    else json = free.Take(ct);
                }
                if (!work.TryTake(out var key)) return;
                ready.Add((key, json, json.Write(documents[key], projection.DocumentType)), ct);
            }
        }
        finally
        {
            ready.CompleteAdding();
        }
    }

    /// <summary>Keys taken once each by whichever thread asks first.</summary>
    private sealed class KeyQueue(IReadOnlyCollection<string> keys)
    {
        private readonly string[] _keys = [.. keys];
        private int _next = -1;

        public bool TryTake(out string key)
        {
            var index = Interlocked.Increment(ref _next);
            key = index < _keys.Length ? _keys[index] : "";
            return index < _keys.Length;
        }
    }
}
