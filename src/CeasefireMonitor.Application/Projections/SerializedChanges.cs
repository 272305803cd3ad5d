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
    public int Count => keys.Count;

    public IEnumerator<DocumentChange> GetEnumerator()
    {
        using var json = new DocumentJson();
        foreach (var key in keys)
            yield return new DocumentChange(key, Encoding.UTF8.GetString(json.Write(documents[key], projection.DocumentType).Span));
    }

    // One document at a time on the committing thread: serialising rounds side by side made every round wait for its
    // slowest thread, which on a loaded machine cost more than it saved.
    public IEnumerable<(string Key, ReadOnlyMemory<byte>? Json)> ReadUtf8()
    {
        using var json = new DocumentJson();
        foreach (var key in keys)
            yield return (key, json.Write(documents[key], projection.DocumentType));
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
