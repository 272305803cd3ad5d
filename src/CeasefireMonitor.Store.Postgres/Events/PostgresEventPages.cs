using CeasefireMonitor.Store.Port;
using Npgsql;

namespace CeasefireMonitor.Store.Postgres.Events;

/// <summary>Reads one bounded page of events per query, so a caller never holds a connection while it processes events.</summary>
internal static class PostgresEventPages
{
    private const string Columns = "position, stream_id, stream_revision, event_id, type, data, metadata, created";

    public static Task<List<RecordedEvent>> ReadAllAsync(NpgsqlDataSource source, long afterPosition, int limit, EventTypeFilter? filter, CancellationToken ct) =>
        filter is null
            ? QueryAsync(source, $"SELECT {Columns} FROM events WHERE position > $1 ORDER BY position LIMIT $2", afterPosition, limit, null, ct)
            : QueryAsync(source, $"SELECT {Columns} FROM events WHERE position > $1 AND type = ANY($3) ORDER BY position LIMIT $2", afterPosition, limit, null, ct, filter);

    public static Task<List<RecordedEvent>> ReadStreamAsync(NpgsqlDataSource source, string streamId, Direction direction, long fromRevision, int limit, CancellationToken ct) =>
        QueryAsync(
            source,
            direction == Direction.Forwards
                ? $"SELECT {Columns} FROM events WHERE stream_revision >= $1 AND stream_id = $3 ORDER BY stream_revision LIMIT $2"
                : $"SELECT {Columns} FROM events WHERE stream_revision <= $1 AND stream_id = $3 ORDER BY stream_revision DESC LIMIT $2",
            fromRevision,
            limit,
            streamId,
            ct);

    private static async Task<List<RecordedEvent>> QueryAsync(NpgsqlDataSource source, string sql, long from, int limit, string? streamId, CancellationToken ct, EventTypeFilter? filter = null)
    {
        await using var command = source.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = from });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        if (streamId is not null) command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
        if (filter is not null) command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. filter.Types] });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var page = new List<RecordedEvent>(Math.Min(limit, 1024));
        while (await reader.ReadAsync(ct))
        {
            page.Add(new RecordedEvent(
                StreamId: reader.GetString(1),
                StreamRevision: reader.GetInt64(2),
                Position: reader.GetInt64(0),
                EventId: reader.GetGuid(3),
                Type: reader.GetString(4),
                Data: reader.GetFieldValue<byte[]>(5),
                Metadata: reader.IsDBNull(6) ? null : reader.GetFieldValue<byte[]>(6),
                Created: reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return page;
    }
}
