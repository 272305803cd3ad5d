using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Serialization.Reading;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Application.Projections;

/// <summary>One page of the log with its events deserialised once for every projection (null for events none handles).</summary>
internal sealed class LogPage(List<(LogPosition At, object? Event)> events, long upTo)
{
    public List<(LogPosition At, object? Event)> Events { get; } = events;

    /// <summary>The last position the page covers: its last event's, or the end of its range, which may hold no handled event.</summary>
    public long UpTo { get; } = upTo;

    /// <summary>Reads up to <paramref name="size"/> handled events after a position; the store skips other types (article texts) unread.</summary>
    public static async Task<LogPage> ReadAsync(IEventStore events, long afterPosition, int size, HandledTypes handled, StoredEventReader reader, CancellationToken ct)
    {
        // A store that hands over its rows is deserialised from its own buffers, with no copy of each payload.
        var page = events is IEventRowReader rows
            ? await rows.ReadAllRowsAsync(afterPosition, size, handled.Filter, row => (new LogPosition(row.Position, row.Created), handled.Read(row.Type, row.Data, reader)), ct)
            : await ReadRecordedAsync(events, afterPosition, size, handled, reader, ct);
        return new LogPage(page, page.Count > 0 ? page[^1].Item1.Position : afterPosition);
    }

    /// <summary>Reads the handled events after one position and up to another.</summary>
    public static async Task<LogPage> ReadRangeAsync(IEventRowReader rows, long afterPosition, long upToPosition, HandledTypes handled, StoredEventReader reader, CancellationToken ct) =>
        new(await rows.ReadRangeRowsAsync(afterPosition, upToPosition, handled.Filter, row => (new LogPosition(row.Position, row.Created), handled.Read(row.Type, row.Data, reader)), ct), upToPosition);

    private static async Task<List<(LogPosition At, object? Event)>> ReadRecordedAsync(IEventStore events, long afterPosition, int size, HandledTypes handled, StoredEventReader reader, CancellationToken ct)
    {
        var page = new List<(LogPosition At, object? Event)>(size);
        await foreach (var recorded in events.ReadAllAsync(afterPosition, size, handled.Filter, ct))
            page.Add((new LogPosition(recorded.Position, recorded.Created), handled.Read(recorded.Type, recorded.Data, reader)));
        return page;
    }
}

/// <summary>The stored event types some projection handles, looked up once per name.</summary>
internal sealed class HandledTypes(IReadOnlyList<IProjection> projections)
{
    // Filled once, never written after: pages are read on two threads at once.
    private readonly Dictionary<string, Type> _types = EventTypes.All.Where(r => projections.Any(p => p.Handles(r.Type))).ToDictionary(r => r.Name, r => r.Type, StringComparer.Ordinal);

    /// <summary>The stored names of every handled type, passed to the store so it never returns the others.</summary>
    public EventTypeFilter Filter { get; } = new(EventTypes.All.Where(r => projections.Any(p => p.Handles(r.Type))).Select(r => r.Name));

    /// <summary>The event, or null for a type no projection handles; a reader (and its shared names) serves one thread at a time.</summary>
    public object? Read(string storedType, ReadOnlySpan<byte> data, StoredEventReader reader) => TypeOf(storedType) is { } type ? reader.Read(data, type) : null;

    public Type? TypeOf(string storedType) => _types.GetValueOrDefault(storedType);
}
