using System.Collections;
using System.Text;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Application.Projections;

/// <summary>
/// A projection's changed documents, each serialised only when the store writes it: a commit then holds one
/// document's JSON at a time, not the JSON of every changed timeline at once. A store that takes UTF-8 gets every
/// document written into one reused buffer, so large timelines never become strings.
/// </summary>
internal sealed class SerializedChanges(IProjection projection, IReadOnlyCollection<string> keys, IReadOnlyDictionary<string, object> documents) : IUtf8DocumentChanges
{
    // Below this, starting a thread costs more than serialising beside the writer saves.
    private const int HandOffFrom = 32;

    public int Count => keys.Count;

    public IEnumerator<DocumentChange> GetEnumerator()
    {
        using var json = DocumentJson.Rent();
        foreach (var key in keys)
            yield return new DocumentChange(key, Encoding.UTF8.GetString(json.Write(documents[key], projection.DocumentType).Span));
    }

    // Few documents (a catch-up after one ingestion) are serialised on the committing thread; many (a rebuild's commit) on
    // both cores, the committing thread taking what a helper has ready: not in rounds with a barrier, which under load
    // waited for their slowest thread, nor handed over one at a time, which waited for a wake-up per document.
    public IEnumerable<(string Key, ReadOnlyMemory<byte>? Json)> ReadUtf8() =>
        keys.Count >= HandOffFrom ? DocumentHandOff.Serialise(projection, keys, documents) : ReadUtf8InPlace();

    private IEnumerable<(string Key, ReadOnlyMemory<byte>? Json)> ReadUtf8InPlace()
    {
        using var json = DocumentJson.Rent();
        foreach (var key in keys)
            yield return (key, json.Write(documents[key], projection.DocumentType));
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
