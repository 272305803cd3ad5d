using CeasefireMonitor.Store.Port;
using Microsoft.Data.Sqlite;

namespace CeasefireMonitor.Store.Sqlite;

/// <summary>A stream's last revision (null when absent) and that event's log position (0 when absent).</summary>
internal readonly record struct StreamHead(long? Revision, long Position)
{
    public long NextRevision => (Revision ?? -1) + 1;

    public bool Satisfies(ExpectedRevision expected) => expected.IsSatisfiedBy(Revision);

    public static async Task<StreamHead> ReadAsync(SqliteConnection connection, string streamId, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT stream_revision, position FROM events WHERE stream_id = $stream ORDER BY stream_revision DESC LIMIT 1;";
        command.Parameters.AddWithValue("$stream", streamId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new StreamHead(reader.GetInt64(0), reader.GetInt64(1)) : new StreamHead(null, 0);
    }
}
