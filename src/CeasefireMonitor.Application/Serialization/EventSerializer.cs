using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Application.Serialization;

/// <summary>Metadata stored with every event: the article it came from.</summary>
public sealed record EventMetadata(string? ArticleId);

public static class EventSerializer
{
    public static EventData ToEventData(object e, Guid eventId, EventMetadata metadata) =>
        new(eventId, EventTypes.NameOf(e.GetType()),
            JsonSerializer.SerializeToUtf8Bytes(e, e.GetType(), EventJson.Options),
            JsonSerializer.SerializeToUtf8Bytes(metadata, EventJson.Options));

    /// <summary>The domain event, or null for a type this version does not know (unknown events are skipped, never fatal).</summary>
    public static object? Deserialize(RecordedEvent recorded) =>
        EventTypes.TypeOf(recorded.Type) is { } type ? JsonSerializer.Deserialize(recorded.Data, type, EventJson.Options) : null;

    public static object? Deserialize(byte[] data, Type type) => JsonSerializer.Deserialize(data, type, EventJson.Options);

    public static EventMetadata ReadMetadata(RecordedEvent recorded) =>
        recorded.Metadata is { Length: > 0 } bytes ? JsonSerializer.Deserialize<EventMetadata>(bytes, EventJson.Options) ?? new(null) : new(null);

    /// <summary>A deterministic event id, so that writing the same thing twice is idempotent.</summary>
    public static Guid DeterministicId(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return new Guid(hash.AsSpan(0, 16));
    }
}
