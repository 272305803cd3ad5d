namespace CeasefireMonitor.Store.Port;

/// <summary>An event to append. The id makes the append idempotent: the same id twice is stored once.</summary>
public sealed record EventData(Guid EventId, string Type, byte[] Data, byte[]? Metadata = null);

/// <summary>An event as stored: its stream revision and its position in the global ordered log (from 1).</summary>
public sealed record RecordedEvent(
    string StreamId,
    long StreamRevision,
    long Position,
    Guid EventId,
    string Type,
    byte[] Data,
    byte[]? Metadata,
    DateTimeOffset Created);

/// <summary>The stream's revision and the log position of the last event after an append.</summary>
public sealed record AppendResult(long NextExpectedRevision, long LastPosition, bool WasIdempotent);

public enum Direction { Forwards, Backwards }
