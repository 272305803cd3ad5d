using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Projections.Timeline;

/// <summary>What makes two reports one real-world event: type, date, the same actors in order, and the same figures.</summary>
internal readonly struct EntryKey(EventType type, PartialDate occurredOn, IReadOnlyList<string> actors, CasualtyFigure? killed, CasualtyFigure? injured) : IEquatable<EntryKey>
{
    private readonly EventType _type = type;
    private readonly PartialDate _occurredOn = occurredOn;
    private readonly IReadOnlyList<string> _actors = actors;
    private readonly CasualtyFigure? _killed = killed;
    private readonly CasualtyFigure? _injured = injured;

    public static EntryKey Of(TimelineEntry entry) =>
        new(entry.Type, entry.OccurredOn, entry.Actors, entry.Casualties?.Killed, entry.Casualties?.Injured);

    // Compares the actor lists item by item, so no joined string is built per event.
    public bool Equals(EntryKey other) =>
        _type == other._type && _occurredOn == other._occurredOn && Equals(_killed, other._killed) && Equals(_injured, other._injured)
        && SameActors(_actors, other._actors);

    // Indexed loops: enumerating an IReadOnlyList boxes an enumerator on every lookup.
    private static bool SameActors(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is EntryKey other && Equals(other);

    /// <summary>Entries compared by their keys, and found by a key without making an entry.</summary>
    public static EntryComparer Comparer { get; } = new();

    public sealed class EntryComparer : IEqualityComparer<TimelineEntry>, IAlternateEqualityComparer<EntryKey, TimelineEntry>
    {
        public bool Equals(TimelineEntry? x, TimelineEntry? y) => ReferenceEquals(x, y) || (x is not null && y is not null && Of(x).Equals(Of(y)));

        public int GetHashCode(TimelineEntry entry) => Of(entry).GetHashCode();

        public bool Equals(EntryKey alternate, TimelineEntry other) => alternate.Equals(Of(other));

        public int GetHashCode(EntryKey alternate) => alternate.GetHashCode();

        // The index adds entries, never keys: a key alone is not an entry.
        public TimelineEntry Create(EntryKey alternate) => throw new NotSupportedException();
    }

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_type);
        hash.Add(_occurredOn);
        hash.Add(_killed);
        hash.Add(_injured);
        for (var i = 0; i < _actors.Count; i++) hash.Add(_actors[i], StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}
