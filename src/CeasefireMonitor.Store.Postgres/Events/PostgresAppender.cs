using CeasefireMonitor.Store.Port;
using Npgsql;
using NpgsqlTypes;

namespace CeasefireMonitor.Store.Postgres.Events;

/// <summary>
/// Appends a batch under the append lock (<see cref="AppendLock"/>): first in one round trip (<see cref="OneTripInsert"/>);
/// when that refuses or meets a stored id, in one transaction that reads the stream's head and which ids are stored,
/// to answer an idempotent retry or say why the append is refused.
/// </summary>
internal static class PostgresAppender
{
    public const string Channel = "ceasefire_events";

    public static async Task<AppendResult> AppendAsync(NpgsqlConnection connection, string streamId, ExpectedRevision expected, IReadOnlyList<EventData> events, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            if (events.Count > 0 && await OneTripInsert.TryAsync(connection, streamId, expected, events, now, ct) is { } appended) return appended;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // A retry, or a conflict: the checked append below tells which.
        }

        return await AppendCheckedAsync(connection, streamId, expected, events, now, ct);
    }

    private static async Task<AppendResult> AppendCheckedAsync(NpgsqlConnection connection, string streamId, ExpectedRevision expected, IReadOnlyList<EventData> events, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var (head, stored, lastPosition) = await ReadStateAsync(connection, streamId, events, ct);
        if (stored.FirstIsStored)
        {
            return stored.IsRetryOf(streamId) && head.Revision is { } revision
                ? new AppendResult(revision, head.Position, WasIdempotent: true)
                : throw stored.Conflict(streamId);
        }

        if (stored.Any) throw stored.Conflict(streamId);
        if (!head.Satisfies(expected)) throw new WrongExpectedRevisionException(streamId, expected, head.Revision);
        if (events.Count == 0) return new AppendResult(head.Revision ?? -1, head.Position, WasIdempotent: false);

        await InsertAsync(connection, streamId, head.NextRevision, lastPosition + 1, events, now, ct);
        await transaction.CommitAsync(ct);
        return new AppendResult(head.NextRevision + events.Count - 1, lastPosition + events.Count, WasIdempotent: false);
    }

    private static async Task<(StreamHead Head, StoredIds Stored, long LastPosition)> ReadStateAsync(NpgsqlConnection connection, string streamId, IReadOnlyList<EventData> events, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(AppendLock.Sql),
                new NpgsqlBatchCommand("SELECT stream_revision, position FROM events WHERE stream_id = $1 ORDER BY stream_revision DESC LIMIT 1") { Parameters = { new() { Value = streamId } } },
                new NpgsqlBatchCommand("SELECT event_id, stream_id, stream_revision FROM events WHERE event_id = ANY($1)") { Parameters = { new() { Value = events.Select(e => e.EventId).ToArray() } } },
                new NpgsqlBatchCommand("SELECT COALESCE(MAX(position), 0) FROM events"),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        var head = await reader.ReadAsync(ct) ? new StreamHead(reader.GetInt64(0), reader.GetInt64(1)) : new StreamHead(null, 0);
        await reader.NextResultAsync(ct);
        var stored = new Dictionary<Guid, (string, long)>();
        while (await reader.ReadAsync(ct)) stored[reader.GetGuid(0)] = (reader.GetString(1), reader.GetInt64(2));
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        var lastPosition = reader.GetInt64(0);
        return (head, StoredIds.Match(events, stored), lastPosition);
    }

    private static async Task InsertAsync(NpgsqlConnection connection, string streamId, long firstRevision, long firstPosition, IReadOnlyList<EventData> events, DateTimeOffset now, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("""
                    INSERT INTO events (position, stream_id, stream_revision, event_id, type, data, metadata, created)
                    SELECT $1 + e.n - 1, $2, $3 + e.n - 1, e.id, e.type, e.data, e.metadata, $4
                    FROM unnest($5::uuid[], $6::text[], $7::bytea[], $8::bytea[]) WITH ORDINALITY AS e(id, type, data, metadata, n)
                    """)
                {
                    Parameters =
                    {
                        new() { Value = firstPosition },
                        new() { Value = streamId },
                        new() { Value = firstRevision },
                        new() { Value = now.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz },
                        new() { Value = events.Select(e => e.EventId).ToArray() },
                        new() { Value = events.Select(e => e.Type).ToArray() },
                        new() { Value = events.Select(e => e.Data).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea },
                        new() { Value = events.Select(e => e.Metadata).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea },
                    },
                },
                // Delivered at commit to every listening instance, which then reads the log after its position.
                new NpgsqlBatchCommand($"NOTIFY {Channel}"),
            },
        };
        await batch.ExecuteNonQueryAsync(ct);
    }
}
