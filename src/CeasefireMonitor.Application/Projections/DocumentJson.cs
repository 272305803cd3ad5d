using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using CeasefireMonitor.Application.Projections.PhaseStatuses;
using CeasefireMonitor.Application.Projections.Timeline;
using CeasefireMonitor.Application.Serialization;

namespace CeasefireMonitor.Application.Projections;

/// <summary>One reusable buffer and writer that serialise a document as <see cref="EventJson.Options"/> does; one per thread.</summary>
internal sealed class DocumentJson : IDisposable
{
    // Kept between commits: a buffer grown to the largest timeline by doubling left a chain of large arrays behind at
    // every commit, garbage only a full collection frees, which raised a long catch-up's peak memory.
    private const int IdleKept = 8;
    private const int LargestKept = 16 << 20;
    private static readonly ConcurrentQueue<DocumentJson> Idle = new();

    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _writer;

    // The writer escapes as the serializer does when it writes a string, so the stored text is the same.
    private DocumentJson() => _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = EventJson.Options.Encoder, Indented = EventJson.Options.WriteIndented });

    /// <summary>A writer an earlier commit returned, with its grown buffer, or a new one; disposing it returns it.</summary>
    public static DocumentJson Rent() => Idle.TryDequeue(out var json) ? json : new DocumentJson();

    /// <summary>The document's UTF-8 JSON, valid until the next call.</summary>
    public ReadOnlyMemory<byte> Write(object document, Type type)
    {
        _writer.Reset(_buffer);
        _buffer.ResetWrittenCount();
        if (document is TimelineDocument timeline) TimelineJson.Write(_writer, timeline);
        else if (document is PhaseStatusDocument phaseStatus) PhaseStatusJson.Write(_writer, phaseStatus);
        else JsonSerializer.Serialize(_writer, document, type, EventJson.Options);
        _writer.Flush();
        return _buffer.WrittenMemory;
    }

    public void Dispose()
    {
        if (_buffer.Capacity <= LargestKept && Idle.Count < IdleKept) Idle.Enqueue(this);
        else _writer.Dispose();
    }
}
