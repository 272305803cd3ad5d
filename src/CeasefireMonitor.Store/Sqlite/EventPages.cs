using CeasefireMonitor.Store.Port;
using Microsoft.Data.Sqlite;

namespace CeasefireMonitor.Store.Sqlite;

/// <summary>Reads one bounded page of events per query, so a caller never holds a read transaction while it processes events.</summary>
internal static class EventPages
{
    private const string Columns = "position, stream_id, stream_revision, event_id, type, data, metadata, created";

    // What an EventRow holds: a catch-up needs no stream, revision, id or metadata, so SQLite does not fetch them.
    private const string RowColumns = "position, type, data, created";

    public static Task<List<RecordedEvent>> ReadAllAsync(SqliteConnection connection, long afterPosition, int limit, EventTypeFilter? filter, CancellationToken ct) =>
        QueryAsync(connection, $"SELECT {Columns} FROM events WHERE position > $from{TypeCondition(filter)} ORDER BY position LIMIT $limit;", afterPosition, limit, null, ct, filter);

    public static List<T> ReadAllRows<T>(SqliteConnection connection, long afterPosition, int limit, EventTypeFilter filter, EventRowMapper<T> map, CancellationToken ct) =>
        RowReader.QueryRows(connection, $"SELECT {RowColumns} FROM events WHERE position > $from{TypeCondition(filter)} ORDER BY position LIMIT $limit;", Parameters(afterPosition, limit, null, filter), Math.Min(limit, 1024), map, ct);

    // Positions are distinct integers, so a range holds at most its width in events.
    public static List<T> ReadRangeRows<T>(SqliteConnection connection, long afterPosition, long upToPosition, EventTypeFilter filter, EventRowMapper<T> map, CancellationToken ct)
    {
        var parameters = Parameters(afterPosition, int.MaxValue, null, filter);
        parameters.Add(("$to", upToPosition));
        return RowReader.QueryRows(connection, $"SELECT {RowColumns} FROM events WHERE position > $from AND position <= $to{TypeCondition(filter)} ORDER BY position LIMIT $limit;", parameters, (int)Math.Min(upToPosition - afterPosition, 1024), map, ct);
    }

    // One named parameter per type: values are bound, never spliced into the SQL.
    private static string TypeCondition(EventTypeFilter? filter) =>
        filter is null ? "" : $" AND type IN ({string.Join(", ", Enumerable.Range(0, filter.Types.Count).Select(i => $"$type{i}"))})";

    public static Task<List<RecordedEvent>> ReadStreamAsync(SqliteConnection connection, string streamId, Direction direction, long fromRevision, int limit, CancellationToken ct) =>
        QueryAsync(
            connection,
            direction == Direction.Forwards
                ? $"SELECT {Columns} FROM events WHERE stream_id = $stream AND stream_revision >= $from ORDER BY stream_revision LIMIT $limit;"
                : $"SELECT {Columns} FROM events WHERE stream_id = $stream AND stream_revision <= $from ORDER BY stream_revision DESC LIMIT $limit;",
            fromRevision,
            limit,
            streamId,
            ct);

    private static Task<List<RecordedEvent>> QueryAsync(SqliteConnection connection, string sql, long from, int limit, string? streamId, CancellationToken ct, EventTypeFilter? filter = null)
        => Task.FromResult(RowReader.Query(connection, sql, Parameters(from, limit, streamId, filter), Math.Min(limit, 1024), ct));

    private static List<(string, object)> Parameters(long from, int limit, string? streamId, EventTypeFilter? filter)
    {
        var parameters = new List<(string, object)> { ("$from", from), ("$limit", limit) };
        if (streamId is not null) parameters.Add(("$stream", streamId));
        for (var i = 0; i < (filter?.Types.Count ?? 0); i++) parameters.Add(($"$type{i}", filter!.Types[i]));
        return parameters;
    }
}
