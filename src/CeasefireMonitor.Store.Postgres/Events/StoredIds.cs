using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Store.Postgres.Events;

/// <summary>Where the log already holds a batch's ids, to tell an idempotent retry from a conflicting append.</summary>
internal sealed record StoredIds(IReadOnlyList<StoredIds.Found> Ids)
{
    private const int IdsNamedPerGroup = 10;

    public sealed record Found(Guid EventId, string? StreamId, long Revision);

    public bool Any => Ids.Any(f => f.StreamId is not null);

    public bool FirstIsStored => Ids.Count > 0 && Ids[0].StreamId is not null;

    /// <summary>A retry is every id in this stream, in order, at consecutive revisions.</summary>
    public bool IsRetryOf(string streamId) =>
        Ids.All(f => f.StreamId == streamId) && Ids.Select((f, i) => f.Revision - i).Distinct().Count() == 1;

    public static StoredIds Match(IReadOnlyList<EventData> events, Dictionary<Guid, (string StreamId, long Revision)> stored) =>
        new([.. events.Select(e => stored.TryGetValue(e.EventId, out var s) ? new Found(e.EventId, s.StreamId, s.Revision) : new Found(e.EventId, null, -1))]);

    public InvalidOperationException Conflict(string streamId)
    {
        var inStream = Name(Ids.Where(f => f.StreamId == streamId));
        var elsewhere = Name(Ids.Where(f => f.StreamId is not null && f.StreamId != streamId), f => $" (in '{f.StreamId}')");
        var missing = Name(Ids.Where(f => f.StreamId is null));
        return new InvalidOperationException(
            $"Cannot append to stream '{streamId}': the batch is neither new nor a retry of one earlier append. " +
            $"Ids already in this stream: {inStream}; in other streams: {elsewhere}; not stored: {missing}.");
    }

    private static string Name(IEnumerable<Found> found, Func<Found, string>? where = null)
    {
        var list = found.ToList();
        if (list.Count == 0) return "none";
        var named = string.Join(", ", list.Take(IdsNamedPerGroup).Select(f => f.EventId + (where?.Invoke(f) ?? "")));
        return list.Count > IdsNamedPerGroup ? $"{named} and {list.Count - IdsNamedPerGroup} more" : named;
    }
}
