using System.Collections;
using System.Text;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Application.Projections;

/// <summary>
/// A projection's changed documents, each serialised only when the store writes it: a commit then holds a few
/// documents' JSON at a time, not the JSON of every changed timeline at once. A store that takes UTF-8 gets the
/// documents written into reused buffers, a few at once on every core, so large timelines never become strings.
/// </summary>
internal sealed class SerializedChanges(IProjection projection, IReadOnlyCollection<string> keys, IReadOnlyDictionary<string, object> documents) : IUtf8DocumentChanges
{
    // Documents serialised side by side per round: enough to keep every core busy, few enough that their buffers stay small.
    private static readonly int Round = 2 * Environment.ProcessorCount;

    public int Count => keys.Count;

    public IEnumerator<DocumentChange> GetEnumerator()
    {
        using var json = new DocumentJson();
        foreach (var key in keys)
            yield return new DocumentChange(key, Encoding.UTF8.GetString(json.Write(documents[key], projection.DocumentType).Span));
    }

    public IEnumerable<(string Key, ReadOnlyMemory<byte>? Json)> ReadUtf8()
    {
        var ordered = keys.ToArray();
        var writers = new DocumentJson[Math.Min(Round, ordered.Length)];
        var written = new ReadOnlyMemory<byte>[writers.Length];
        try
        {
            for (var i = 0; i < writers.Length; i++) writers[i] = new DocumentJson();
            for (var from = 0; from < ordered.Length; from += writers.Length)
            {
                var count = Math.Min(writers.Length, ordered.Length - from);
                var first = from;
                // The documents of a round are independent, so they are serialised side by side.
                if (count == 1) written[0] = writers[0].Write(documents[ordered[first]], projection.DocumentType);
                else Parallel.For(0, count, i => written[i] = writers[i].Write(documents[ordered[first + i]], projection.DocumentType));
                for (var i = 0; i < count; i++) yield return (ordered[first + i], written[i]);
            }
        }
        finally
        {
            foreach (var writer in writers) writer?.Dispose();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
