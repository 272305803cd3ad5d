using System.Globalization;
using CeasefireMonitor.Store.Port;
using Microsoft.Data.Sqlite;

namespace CeasefireMonitor.Store.Sqlite;

/// <summary>Reads one bounded page of events per query, so a caller never holds a read transaction while it processes events.</summary>
internal static class EventPages
{
    private const string Columns = "position, stream_id, stream_revision, event_id, type, data, metadata, created";

    public static Task<List<RecordedEvent>> ReadAllAsync(SqliteConnection connection, long afterPosition, int limit, EventTypeFilter? filter, CancellationToken ct) =>
        QueryAsync(connection, $"SELECT {Columns} FROM events WHERE position > $from{TypeCondition(filter)} ORDER BY position LIMIT $limit;", afterPosition, limit, null, ct, filter);

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

    private static async Task<List<RecordedEvent>> QueryAsync(SqliteConnection connection, string sql, long from, int limit, string? streamId, CancellationToken ct, EventTypeFilter? filter = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$limit", limit);
        if (streamId is not null)
        {
            command.Parameters.AddWithValue("$stream", streamId);
        }

        for (var i = 0; i < (filter?.Types.Count ?? 0); i++)
        {
            command.Parameters.AddWithValue($"$type{i}", filter!.Types[i]);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        var page = new List<RecordedEvent>(Math.Min(limit, 1024));
        while (await reader.ReadAsync(ct))
        {
            page.Add(Map(reader));
        }

        return page;
    }

    private static RecordedEvent Map(SqliteDataReader reader) => new(
        StreamId: reader.GetString(1),
        StreamRevision: reader.GetInt64(2),
        Position: reader.GetInt64(0),
        EventId: EventIdBytes.To(reader.GetFieldValue<byte[]>(3)),
        Type: reader.GetString(4),
        Data: reader.GetFieldValue<byte[]>(5),
        Metadata: reader.IsDBNull(6) ? null : reader.GetFieldValue<byte[]>(6),
        Created: ParseCreated(reader.GetString(7)));

    // Appends write the round-trip ("O") form, whose exact parse is several times cheaper than the general one.
    private static DateTimeOffset ParseCreated(string created) =>
        DateTimeOffset.TryParseExact(created, "O", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : DateTimeOffset.Parse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
