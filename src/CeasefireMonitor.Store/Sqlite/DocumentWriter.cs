using CeasefireMonitor.Store.Port;
using Microsoft.Data.Sqlite;

namespace CeasefireMonitor.Store.Sqlite;

/// <summary>Upserts or deletes a projection's documents inside the caller's transaction, in the order given.</summary>
internal static class DocumentWriter
{
    public static async Task ApplyAsync(SqliteConnection connection, string projection, IReadOnlyCollection<DocumentChange> changes, CancellationToken ct)
    {
        await using var upsert = connection.CreateCommand();
        upsert.CommandText = """
            INSERT INTO read_models (projection, key, json) VALUES ($projection, $key, $json)
            ON CONFLICT (projection, key) DO UPDATE SET json = excluded.json;
            """;
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM read_models WHERE projection = $projection AND key = $key;";
        var upsertKey = Bind(upsert, projection);
        var upsertJson = upsert.Parameters.Add("$json", SqliteType.Text);
        var deleteKey = Bind(delete, projection);
        foreach (var change in changes)
        {
            ArgumentNullException.ThrowIfNull(change, nameof(changes));
            ArgumentNullException.ThrowIfNull(change.Key, nameof(changes));
            if (change.Json is null)
            {
                deleteKey.Value = change.Key;
                await delete.ExecuteNonQueryAsync(ct);
            }
            else
            {
                upsertKey.Value = change.Key;
                upsertJson.Value = change.Json;
                await upsert.ExecuteNonQueryAsync(ct);
            }
        }
    }

    private static SqliteParameter Bind(SqliteCommand command, string projection)
    {
        command.Parameters.AddWithValue("$projection", projection);
        return command.Parameters.Add("$key", SqliteType.Text);
    }
}
