using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Serialization.Reading;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Application.Projections;

/// <summary>One page of the log with its events deserialised once for every projection (null for events none handles).</summary>
internal sealed class LogPage(List<(LogPosition At, object? Event)> events)
{
    public List<(LogPosition At, object? Event)> Events { get; } = events;

    public long LastPosition => Events[^1].At.Position;

    /// <summary>Reads up to <paramref name="size"/> handled events after a position; the store skips other types (article texts) unread.</summary>
    public static async Task<LogPage> ReadAsync(IEventStore events, long afterPosition, int size, HandledTypes handled, CancellationToken ct)
    {
        // A store that hands over its rows is deserialised from its own buffers, with no copy of each payload.
        if (events is IEventRowReader rows)
            return new LogPage(await rows.ReadAllRowsAsync(afterPosition, size, handled.Filter, row => (new LogPosition(row.Position, row.Created), handled.Read(row.Type, row.Data)), ct));
        var page = new List<(LogPosition, object?)>(size);
        await foreach (var recorded in events.ReadAllAsync(afterPosition, size, handled.Filter, ct))
            page.Add((new LogPosition(recorded.Position, recorded.Created), handled.Read(recorded.Type, recorded.Data)));
        return new LogPage(page);
    }
}

/// <summary>The stored event types some projection handles, looked up once per name.</summary>
internal sealed class HandledTypes(IReadOnlyList<IProjection> projections)
{
    private readonly Dictionary<string, Type?> _types = new(StringComparer.Ordinal);

    /// <summary>The stored names of every handled type, passed to the store so it never returns the others.</summary>
    public EventTypeFilter Filter { get; } = new(EventTypes.All.Where(r => projections.Any(p => p.Handles(r.Type))).Select(r => r.Name));

    /// <summary>Pages are read one after another, so one reader (and its shared names) serves the whole catch-up.</summary>
    public StoredEventReader Reader { get; } = new();

    /// <summary>The event, or null for a type no projection handles.</summary>
    public object? Read(string storedType, ReadOnlySpan<byte> data) => TypeOf(storedType) is { } type ? Reader.Read(data, type) : null;

    public Type? TypeOf(string storedType)
    {
        if (_types.TryGetValue(storedType, out var known)) return known;
        var type = EventTypes.TypeOf(storedType);
        return _types[storedType] = type is not null && projections.Any(p => p.Handles(type)) ? type : null;
    }
}
