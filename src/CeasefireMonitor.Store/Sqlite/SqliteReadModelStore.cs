using CeasefireMonitor.Store.Port;
using Microsoft.Data.Sqlite;

namespace CeasefireMonitor.Store.Sqlite;

/// <summary>Projection documents and checkpoints in the event store's SQLite file, each commit one transaction.</summary>
public sealed class SqliteReadModelStore : IReadModelStore, IAsyncDisposable
{
    private readonly SqliteDatabase _database;

    private SqliteReadModelStore(SqliteDatabase database) => _database = database;

    /// <summary>Opens the file, creating its directory and schema if needed; it may be the event store's file.</summary>
    public static Task<SqliteReadModelStore> OpenAsync(string path, CancellationToken ct = default) =>
        OpenAsync(path, new SqliteStoreOptions(), ct);

    public static async Task<SqliteReadModelStore> OpenAsync(string path, SqliteStoreOptions options, CancellationToken ct = default) =>
        new(await SqliteDatabase.OpenAsync(path, options, ct));

    public async Task<long> GetCheckpointAsync(string projection, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(projection);
        await using var connection = await _database.OpenConnectionAsync(ct);
        return await ReadCheckpointAsync(connection, projection, ct);
    }

    public async Task<string?> LoadAsync(string projection, string key, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(projection);
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await _database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM read_models WHERE projection = $projection AND key = $key;";
        command.Parameters.AddWithValue("$projection", projection);
        command.Parameters.AddWithValue("$key", key);
        return (string?)await command.ExecuteScalarAsync(ct);
    }

    public async Task<IReadOnlyList<(string Key, string Json)>> LoadAllAsync(string projection, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(projection);
        await using var connection = await _database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, json FROM read_models WHERE projection = $projection ORDER BY key;";
        command.Parameters.AddWithValue("$projection", projection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var documents = new List<(string, string)>();
        while (await reader.ReadAsync(ct))
        {
            documents.Add((reader.GetString(0), reader.GetString(1)));
        }

        return documents;
    }

    public Task CommitAsync(string projection, IReadOnlyCollection<DocumentChange> changes, long expectedCheckpoint, long newCheckpoint, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(newCheckpoint, expectedCheckpoint);
        return WriteAsync(projection, changes, expectedCheckpoint, newCheckpoint, replace: false, ct);
    }

    public Task ReplaceAsync(string projection, IReadOnlyCollection<DocumentChange> documents, long expectedCheckpoint, long newCheckpoint, CancellationToken ct = default) =>
        WriteAsync(projection, documents, expectedCheckpoint, newCheckpoint, replace: true, ct);

    private async Task WriteAsync(string projection, IReadOnlyCollection<DocumentChange> changes, long expectedCheckpoint, long newCheckpoint, bool replace, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(projection);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentOutOfRangeException.ThrowIfNegative(newCheckpoint);
        await using var connection = await _database.OpenConnectionAsync(ct);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var stored = await ReadCheckpointAsync(connection, projection, ct);
        if (stored != expectedCheckpoint)
        {
            throw new InvalidOperationException($"Projection '{projection}' is at checkpoint {stored}, not {expectedCheckpoint}: another runner moved it.");
        }

        if (replace && changes is IUtf8DocumentChanges documents) Utf8DocumentWriter.Replace(connection, projection, documents, ct);
        else
        {
            if (replace) await DeleteAllAsync(connection, projection, ct);
            if (changes is IUtf8DocumentChanges utf8) Utf8DocumentWriter.Apply(connection, projection, utf8, ct);
            else await DocumentWriter.ApplyAsync(connection, projection, changes, ct);
        }

        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = """
            INSERT INTO checkpoints (projection, position) VALUES ($projection, $position)
            ON CONFLICT (projection) DO UPDATE SET position = excluded.position;
            """;
        checkpoint.Parameters.AddWithValue("$projection", projection);
        checkpoint.Parameters.AddWithValue("$position", newCheckpoint);
        await checkpoint.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task DeleteAllAsync(SqliteConnection connection, string projection, CancellationToken ct)
    {
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM read_models WHERE projection = $projection;";
        delete.Parameters.AddWithValue("$projection", projection);
        await delete.ExecuteNonQueryAsync(ct);
    }

    public async Task ResetAsync(string projection, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(projection);
        await using var connection = await _database.OpenConnectionAsync(ct);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM read_models WHERE projection = $projection; DELETE FROM checkpoints WHERE projection = $projection;";
        command.Parameters.AddWithValue("$projection", projection);
        await command.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public ValueTask DisposeAsync()
    {
        _database.ClearPool();
        return ValueTask.CompletedTask;
    }

    private static async Task<long> ReadCheckpointAsync(SqliteConnection connection, string projection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT position FROM checkpoints WHERE projection = $projection;";
        command.Parameters.AddWithValue("$projection", projection);
        return await command.ExecuteScalarAsync(ct) is long position ? position : 0;
    }
}
