using System.Buffers;
using System.Text.Json;
using CeasefireMonitor.Application.Projections.Timeline;
using CeasefireMonitor.Application.Serialization;

namespace CeasefireMonitor.Application.Projections;

/// <summary>One reusable buffer and writer that serialise a document as <see cref="EventJson.Options"/> does; one per thread.</summary>
internal sealed class DocumentJson : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _writer;

    // The writer escapes as the serializer does when it writes a string, so the stored text is the same.
    public DocumentJson() => _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = EventJson.Options.Encoder, Indented = EventJson.Options.WriteIndented });

    /// <summary>The document's UTF-8 JSON, valid until the next call.</summary>
    public ReadOnlyMemory<byte> Write(object document, Type type)
    {
        _writer.Reset(_buffer);
        _buffer.ResetWrittenCount();
        if (document is TimelineDocument timeline) TimelineJson.Write(_writer, timeline);
        else JsonSerializer.Serialize(_writer, document, type, EventJson.Options);
        _writer.Flush();
        return _buffer.WrittenMemory;
    }

    public void Dispose() => _writer.Dispose();
}
