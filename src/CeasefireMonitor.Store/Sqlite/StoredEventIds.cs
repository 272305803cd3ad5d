using CeasefireMonitor.Store.Port;
using Microsoft.Data.Sqlite;

namespace CeasefireMonitor.Store.Sqlite;

/// <summary>Finds which of a batch's ids the log already holds, to tell an idempotent retry from a conflicting append.</summary>
internal static class StoredEventIds
{
    private const int IdsNamedPerGroup = 10;

    private sealed record Found(Guid EventId, string? StreamId, long Revision);

    public static async Task<bool> ContainsAsync(SqliteConnection connection, Guid eventId, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM events WHERE event_id = $id;";
        command.Parameters.AddWithValue("$id", EventIdBytes.From(eventId));
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    /// <summary>A retry (every id in this stream, in order, at consecutive revisions) succeeds without writing; anything else throws.</summary>
    public static async Task<AppendResult> ResolveRetryAsync(SqliteConnection connection, string streamId, IReadOnlyList<EventData> events, StreamHead head, CancellationToken ct)
    {
        var found = await FindAsync(connection, events, ct);
        var isRetry = found.All(f => f.StreamId == streamId) && found.Select((f, i) => f.Revision - i).Distinct().Count() == 1;
        return isRetry && head.Revision is { } revision
            ? new AppendResult(revision, head.Position, WasIdempotent: true)
            : throw Conflict(streamId, found);
    }

    public static async Task ThrowIfAnyStoredAsync(SqliteConnection connection, string streamId, IReadOnlyList<EventData> events, CancellationToken ct)
    {
        var found = await FindAsync(connection, events, ct);
        if (found.Any(f => f.StreamId is not null))
        {
            throw Conflict(streamId, found);
        }
    }

    private static async Task<List<Found>> FindAsync(SqliteConnection connection, IReadOnlyList<EventData> events, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT stream_id, stream_revision FROM events WHERE event_id = $id;";
        var id = command.Parameters.Add("$id", SqliteType.Blob);
        var found = new List<Found>(events.Count);
        foreach (var e in events)
        {
            id.Value = EventIdBytes.From(e.EventId);
            await using var reader = await command.ExecuteReaderAsync(ct);
            found.Add(await reader.ReadAsync(ct) ? new Found(e.EventId, reader.GetString(0), reader.GetInt64(1)) : new Found(e.EventId, null, -1));
        }

        return found;
    }

    private static InvalidOperationException Conflict(string streamId, List<Found> found)
    {
        var inStream = Name(found.Where(f => f.StreamId == streamId));
        var elsewhere = Name(found.Where(f => f.StreamId is not null && f.StreamId != streamId), f => $" (in '{f.StreamId}')");
        var missing = Name(found.Where(f => f.StreamId is null));
        return new InvalidOperationException(
            $"Cannot append to stream '{streamId}': the batch is neither new nor a retry of one earlier append. " +
            $"Ids already in this stream: {inStream}; in other streams: {elsewhere}; not stored: {missing}.");
    }

    private static string Name(IEnumerable<Found> found, Func<Found, string>? where = null)
    {
        var list = found.ToList();
        if (list.Count == 0)
        {
            return "none";
        }

        var named = string.Join(", ", list.Take(IdsNamedPerGroup).Select(f => f.EventId + (where?.Invoke(f) ?? "")));
        return list.Count > IdsNamedPerGroup ? $"{named} and {list.Count - IdsNamedPerGroup} more" : named;
    }
}
