using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Store.Sqlite;

/// <summary>Rejects batches no store could write: null events or data, blank types, an id twice.</summary>
internal static class EventBatch
{
    public static void Validate(IReadOnlyList<EventData> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var ids = new HashSet<Guid>(events.Count);
        foreach (var e in events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            ArgumentException.ThrowIfNullOrWhiteSpace(e.Type, nameof(events));
            ArgumentNullException.ThrowIfNull(e.Data, nameof(events));
            if (!ids.Add(e.EventId))
            {
                throw new ArgumentException($"Event id {e.EventId} appears twice in the batch.", nameof(events));
            }
        }
    }
}
