using System.Globalization;
using CeasefireMonitor.Store.Port;
using Microsoft.Data.Sqlite;

namespace CeasefireMonitor.Store.Sqlite;

/// <summary>Appends a batch in one write transaction: revision check, idempotency, then one prepared insert per event.</summary>
internal static class EventAppender
{
    private const int UniqueConstraintFailed = 2067; // SQLITE_CONSTRAINT_UNIQUE

    public static async Task<AppendResult> AppendAsync(SqliteConnection connection, string streamId, ExpectedRevision expected, IReadOnlyList<EventData> events, DateTimeOffset now, CancellationToken ct)
    {
        // BEGIN IMMEDIATE takes the write lock before the head is read, so no other writer moves it meanwhile.
        await using (var transaction = connection.BeginTransaction(deferred: false))
        {
            var head = await StreamHead.ReadAsync(connection, streamId, ct);
            if (events.Count > 0 && await StoredEventIds.ContainsAsync(connection, events[0].EventId, ct))
            {
                return await StoredEventIds.ResolveRetryAsync(connection, streamId, events, head, ct);
            }

            if (!head.Satisfies(expected))
            {
                await StoredEventIds.ThrowIfAnyStoredAsync(connection, streamId, events, ct);
                throw new WrongExpectedRevisionException(streamId, expected, head.Revision);
            }

            if (events.Count == 0)
            {
                return new AppendResult(head.Revision ?? -1, head.Position, WasIdempotent: false);
            }

            try
            {
                var lastPosition = await InsertAsync(connection, streamId, head.NextRevision, events, now, ct);
                await transaction.CommitAsync(ct);
                return new AppendResult(head.NextRevision + events.Count - 1, lastPosition, WasIdempotent: false);
            }
            catch (SqliteException e) when (e.SqliteExtendedErrorCode == UniqueConstraintFailed)
            {
                // A later id of the batch is stored already; disposing the transaction rolls the batch back.
            }
        }

        await StoredEventIds.ThrowIfAnyStoredAsync(connection, streamId, events, ct);
        throw new InvalidOperationException($"Append to stream '{streamId}' hit a uniqueness conflict that has since disappeared; retry it.");
    }

    private static async Task<long> InsertAsync(SqliteConnection connection, string streamId, long firstRevision, IReadOnlyList<EventData> events, DateTimeOffset now, CancellationToken ct)
    {
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO events (stream_id, stream_revision, event_id, type, data, metadata, created)
            VALUES ($stream, $revision, $id, $type, $data, $metadata, $created);
            """;
        insert.Parameters.AddWithValue("$stream", streamId);
        insert.Parameters.AddWithValue("$created", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        var revision = insert.Parameters.Add("$revision", SqliteType.Integer);
        var id = insert.Parameters.Add("$id", SqliteType.Blob);
        var type = insert.Parameters.Add("$type", SqliteType.Text);
        var data = insert.Parameters.Add("$data", SqliteType.Blob);
        var metadata = insert.Parameters.Add("$metadata", SqliteType.Blob);
        insert.Prepare();
        for (var i = 0; i < events.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            revision.Value = firstRevision + i;
            id.Value = EventIdBytes.From(events[i].EventId);
            type.Value = events[i].Type;
            data.Value = events[i].Data;
            metadata.Value = events[i].Metadata ?? (object)DBNull.Value;
            // Synchronous on purpose: SQLite has no async I/O, and a Task per row would halve throughput.
            insert.ExecuteNonQuery();
        }

        await using var last = connection.CreateCommand();
        last.CommandText = "SELECT last_insert_rowid();";
        return (long)(await last.ExecuteScalarAsync(ct))!;
    }
}
