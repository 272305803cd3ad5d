using CeasefireMonitor.Store.Port;
using Npgsql;
using NpgsqlTypes;

namespace CeasefireMonitor.Store.Postgres.Events;

/// <summary>
/// The usual append in one round trip and one implicit transaction: the append lock, one insert guarded by the
/// expected revision, and NOTIFY. It returns null when the guard refuses; a stored id fails the insert on the unique
/// index. Either way <see cref="PostgresAppender"/> then reads the log to say why, or to answer an idempotent retry.
/// </summary>
internal static class OneTripInsert
{
    // The guard mirrors ExpectedRevision.IsSatisfiedBy; it may only refuse more than the rule, because a refusal is re-decided by the rule itself.
    private const string Sql = """
        WITH head AS (
            SELECT stream_revision, position FROM events WHERE stream_id = $1 ORDER BY stream_revision DESC LIMIT 1),
        last AS (SELECT COALESCE(MAX(position), 0) AS position FROM events),
        allowed AS (
            SELECT last.position, COALESCE((SELECT stream_revision FROM head), -1) AS revision FROM last
            WHERE CASE $2
                WHEN 'any' THEN true
                WHEN 'no-stream' THEN NOT EXISTS (SELECT 1 FROM head)
                WHEN 'stream-exists' THEN EXISTS (SELECT 1 FROM head)
                ELSE (SELECT stream_revision FROM head) = $3 END),
        inserted AS (
            INSERT INTO events (position, stream_id, stream_revision, event_id, type, data, metadata, created)
            SELECT a.position + e.n, $1, a.revision + e.n, e.id, e.type, e.data, e.metadata, $4
            FROM allowed a, unnest($5::uuid[], $6::text[], $7::bytea[], $8::bytea[]) WITH ORDINALITY AS e(id, type, data, metadata, n)
            RETURNING 1)
        SELECT (SELECT count(*) FROM inserted), (SELECT revision FROM allowed), (SELECT position FROM allowed)
        """;

    public static async Task<AppendResult?> TryAsync(NpgsqlConnection connection, string streamId, ExpectedRevision expected, IReadOnlyList<EventData> events, DateTimeOffset now, CancellationToken ct)
    {
        var (kind, revision) = expected switch
        {
            { IsAny: true } => ("any", 0L),
            { IsNoStream: true } => ("no-stream", 0L),
            { IsStreamExists: true } => ("stream-exists", 0L),
            _ => ("exact", expected.Value),
        };
        // Without an explicit transaction a batch is one implicit transaction, committed at its end: one round trip.
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(AppendLock.Sql),
                new NpgsqlBatchCommand(Sql)
                {
                    Parameters =
                    {
                        new() { Value = streamId },
                        new() { Value = kind },
                        new() { Value = revision },
                        new() { Value = now.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz },
                        new() { Value = events.Select(e => e.EventId).ToArray() },
                        new() { Value = events.Select(e => e.Type).ToArray() },
                        new() { Value = events.Select(e => e.Data).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea },
                        new() { Value = events.Select(e => e.Metadata).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea },
                    },
                },
                new NpgsqlBatchCommand($"NOTIFY {PostgresAppender.Channel}"),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        if (reader.GetInt64(0) != events.Count) return null;
        var (lastRevision, lastPosition) = (reader.GetInt64(1) + events.Count, reader.GetInt64(2) + events.Count);
        // The commit happens when the batch completes, so its outcome is known only once the reader is drained.
        await reader.DisposeAsync();
        return new AppendResult(lastRevision, lastPosition, WasIdempotent: false);
    }
}
