namespace CeasefireMonitor.Store.Port;

/// <summary>
/// A server-side filter on the global log by stored event type, like EventStoreDB's filtered $all reads:
/// the store skips other events without reading their data, and positions stay those of the whole log.
/// </summary>
public sealed class EventTypeFilter
{
    /// <summary>Bounds the query's parameter list.</summary>
    public const int MaxTypes = 64;

    public EventTypeFilter(IEnumerable<string> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var distinct = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (string.IsNullOrWhiteSpace(type)) throw new ArgumentException("Event type filter: a type name is empty.", nameof(types));
            distinct.Add(type);
        }

        if (distinct.Count == 0) throw new ArgumentException("Event type filter: no types given; a filter must name at least one type.", nameof(types));
        if (distinct.Count > MaxTypes) throw new ArgumentException($"Event type filter: {distinct.Count} types given, at most {MaxTypes} allowed.", nameof(types));
        Types = [.. distinct];
    }

    /// <summary>The distinct type names, in ordinal order.</summary>
    public IReadOnlyList<string> Types { get; }
}
