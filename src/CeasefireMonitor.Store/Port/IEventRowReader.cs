namespace CeasefireMonitor.Store.Port;

/// <summary>
/// An event of the global log as a reader of the log needs it while reading: its position, type, payload and recording time
/// (stream, revision, id and metadata are not read; <see cref="IEventStore"/>'s reads give them). Its span is valid only
/// inside the call that receives it.
/// </summary>
public readonly ref struct EventRow(long position, string type, ReadOnlySpan<byte> data, DateTimeOffset created)
{
    public long Position { get; } = position;
    public string Type { get; } = type;
    public ReadOnlySpan<byte> Data { get; } = data;
    public DateTimeOffset Created { get; } = created;
}

/// <summary>Turns a row into what the caller keeps (a deserialised event), without copying its payload first.</summary>
public delegate T EventRowMapper<out T>(EventRow row);

/// <summary>
/// Optional beside <see cref="IEventStore"/>: a store that can hand the caller each row of a filtered log read in its own
/// buffers, so a catch-up deserialises straight from them instead of from a copy per event. Stores without it are read
/// through <see cref="IEventStore.ReadAllAsync(long, int, EventTypeFilter, CancellationToken)"/>.
/// </summary>
public interface IEventRowReader
{
    /// <summary>Up to <paramref name="maxCount"/> events after a position whose type the filter names, in position order, each mapped as it is read.</summary>
    Task<List<T>> ReadAllRowsAsync<T>(long afterPosition, int maxCount, EventTypeFilter filter, EventRowMapper<T> map, CancellationToken ct = default);

    /// <summary>
    /// The events after one position and up to another whose type the filter names, in position order, each mapped as it is
    /// read: a range known before reading, so a caller can read consecutive ranges side by side.
    /// </summary>
    Task<List<T>> ReadRangeRowsAsync<T>(long afterPosition, long upToPosition, EventTypeFilter filter, EventRowMapper<T> map, CancellationToken ct = default);
}
