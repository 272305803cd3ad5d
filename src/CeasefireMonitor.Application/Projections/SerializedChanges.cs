using System.Buffers;
using System.Collections;
using System.Text.Json;
using CeasefireMonitor.Application.Serialization;
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
        foreach (var key in keys)
            yield return new DocumentChange(key, JsonSerializer.Serialize(documents[key], projection.DocumentType, EventJson.Options));
    }

    public IEnumerable<(string Key, ReadOnlyMemory<byte>? Json)> ReadUtf8()
    {
        var buffer = new ArrayBufferWriter<byte>();
        // The writer escapes and indents as the serializer does when it writes a string, so the stored text is the same.
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = EventJson.Options.Encoder, Indented = EventJson.Options.WriteIndented });
        foreach (var key in keys)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            JsonSerializer.Serialize(writer, documents[key], projection.DocumentType, EventJson.Options);
            writer.Flush();
            yield return (key, buffer.WrittenMemory);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
