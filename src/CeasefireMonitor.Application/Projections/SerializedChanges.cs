using System.Collections;
using System.Text.Json;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Application.Projections;

/// <summary>
/// A projection's changed documents, each serialised only when the store writes it: a commit then holds one
/// document's JSON at a time, not the JSON of every changed timeline at once.
/// </summary>
internal sealed class SerializedChanges(IProjection projection, IReadOnlyCollection<string> keys, IReadOnlyDictionary<string, object> documents) : IReadOnlyCollection<DocumentChange>
{
    public int Count => keys.Count;

    public IEnumerator<DocumentChange> GetEnumerator()
    {
        foreach (var key in keys)
            yield return new DocumentChange(key, JsonSerializer.Serialize(documents[key], projection.DocumentType, EventJson.Options));
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
