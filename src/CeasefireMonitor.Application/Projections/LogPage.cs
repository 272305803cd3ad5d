using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Serialization.Reading;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Application.Projections;

/// <summary>One page of the log with its events deserialised once for every projection (null for events none handles).</summary>
internal sealed class LogPage(List<(RecordedEvent Recorded, object? Event)> events)
{
    public List<(RecordedEvent Recorded, object? Event)> Events { get; } = events;

    public long LastPosition => Events[^1].Recorded.Position;

    /// <summary>Reads up to <paramref name="size"/> handled events after a position; the store skips other types (article texts) unread.</summary>
    public static async Task<LogPage> ReadAsync(IEventStore events, long afterPosition, int size, HandledTypes handled, CancellationToken ct)
    {
        var page = new List<(RecordedEvent, object?)>(size);
        await foreach (var recorded in events.ReadAllAsync(afterPosition, size, handled.Filter, ct))
            page.Add((recorded, handled.TypeOf(recorded.Type) is { } type ? handled.Reader.Read(recorded.Data, type) : null));
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

    public Type? TypeOf(string storedType)
    {
        if (_types.TryGetValue(storedType, out var known)) return known;
        var type = EventTypes.TypeOf(storedType);
        return _types[storedType] = type is not null && projections.Any(p => p.Handles(type)) ? type : null;
    }
}
