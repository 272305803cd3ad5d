namespace CeasefireMonitor.Store.Port;

/// <summary>
/// The event store port, shaped like EventStoreDB's client: streams with expected revisions,
/// idempotent appends by event id, a global ordered log and catch-up subscriptions.
/// </summary>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>Appends atomically. Events whose ids the stream already holds at the same places are not stored again.</summary>
    Task<AppendResult> AppendAsync(string streamId, ExpectedRevision expected, IReadOnlyList<EventData> events, CancellationToken ct = default);

    /// <summary>Reads a stream from a revision (inclusive); backwards from long.MaxValue means from the end. An absent stream yields nothing.</summary>
    IAsyncEnumerable<RecordedEvent> ReadStreamAsync(string streamId, Direction direction = Direction.Forwards, long fromRevision = 0, int maxCount = int.MaxValue, CancellationToken ct = default);

    /// <summary>Reads the global log after a position (exclusive; 0 reads from the start), in position order.</summary>
    IAsyncEnumerable<RecordedEvent> ReadAllAsync(long afterPosition = 0, int maxCount = int.MaxValue, CancellationToken ct = default);

    /// <summary>Reads the global log after a position, only events whose type the filter names; maxCount counts matching events.</summary>
    IAsyncEnumerable<RecordedEvent> ReadAllAsync(long afterPosition, int maxCount, EventTypeFilter filter, CancellationToken ct = default);

    /// <summary>Catch-up subscription to the global log: every event after the checkpoint, then live events as they are appended, until cancelled.</summary>
    IAsyncEnumerable<RecordedEvent> SubscribeToAllAsync(long afterPosition = 0, CancellationToken ct = default);

    /// <summary>Catch-up subscription delivering only events whose type the filter names, at their global positions.</summary>
    IAsyncEnumerable<RecordedEvent> SubscribeToAllAsync(long afterPosition, EventTypeFilter filter, CancellationToken ct = default);

    /// <summary>The position of the last event in the log, 0 when empty.</summary>
    Task<long> GetLastPositionAsync(CancellationToken ct = default);
}
