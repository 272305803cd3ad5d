using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Postgres.Database;
using Npgsql;

namespace CeasefireMonitor.Store.Postgres.ReadModels;

/// <summary>Projection documents and checkpoints beside the events, each commit one transaction.</summary>
public sealed class PostgresReadModelStore : IReadModelStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _source;

    private PostgresReadModelStore(NpgsqlDataSource source) => _source = source;

    /// <summary>Opens a postgres:// URL or connection string, creating or migrating the schema.</summary>
    public static async Task<PostgresReadModelStore> OpenAsync(string location, CancellationToken ct = default) =>
        new(await PostgresDatabase.OpenAsync(location, ct));

    public async Task<long> GetCheckpointAsync(string projection, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(projection);
        await using var command = _source.CreateCommand("SELECT position FROM checkpoints WHERE projection = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = projection });
        return await command.ExecuteScalarAsync(ct) is long position ? position : 0;
    }

    public async Task<string?> LoadAsync(string projection, string key, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(projection);
        ArgumentNullException.ThrowIfNull(key);
        await using var command = _source.CreateCommand("SELECT json FROM read_models WHERE projection = $1 AND key = $2");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = projection });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        return (string?)await command.ExecuteScalarAsync(ct);
    }

    public async Task<IReadOnlyList<(string Key, string Json)>> LoadAllAsync(string projection, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(projection);
        // COLLATE "C": ordinal order, as SQLite gives, whatever the database's locale.
        await using var command = _source.CreateCommand("SELECT key, json FROM read_models WHERE projection = $1 ORDER BY key COLLATE \"C\"");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = projection });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var documents = new List<(string, string)>();
        while (await reader.ReadAsync(ct)) documents.Add((reader.GetString(0), reader.GetString(1)));
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
        await using var connection = await _source.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var stored = await LockCheckpointAsync(connection, projection, ct);
        if (stored != expectedCheckpoint)
            throw new InvalidOperationException($"Projection '{projection}' is at checkpoint {stored}, not {expectedCheckpoint}: another runner moved it.");
        await using var batch = DocumentBatch.Create(connection, projection, changes);
        if (replace)
            batch.BatchCommands.Insert(0, new NpgsqlBatchCommand("DELETE FROM read_models WHERE projection = $1") { Parameters = { new NpgsqlParameter<string> { TypedValue = projection } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand("UPDATE checkpoints SET position = $2 WHERE projection = $1")
        {
            Parameters = { new NpgsqlParameter<string> { TypedValue = projection }, new NpgsqlParameter<long> { TypedValue = newCheckpoint } },
        });
        await batch.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async Task ResetAsync(string projection, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(projection);
        await using var connection = await _source.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("DELETE FROM read_models WHERE projection = $1") { Parameters = { new NpgsqlParameter<string> { TypedValue = projection } } },
                new NpgsqlBatchCommand("DELETE FROM checkpoints WHERE projection = $1") { Parameters = { new NpgsqlParameter<string> { TypedValue = projection } } },
            },
        };
        await batch.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    // The row is created if missing, then locked: a second committer from the same checkpoint waits, then sees it moved.
    private static async Task<long> LockCheckpointAsync(NpgsqlConnection connection, string projection, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("INSERT INTO checkpoints (projection, position) VALUES ($1, 0) ON CONFLICT (projection) DO NOTHING") { Parameters = { new NpgsqlParameter<string> { TypedValue = projection } } },
                new NpgsqlBatchCommand("SELECT position FROM checkpoints WHERE projection = $1 FOR UPDATE") { Parameters = { new NpgsqlParameter<string> { TypedValue = projection } } },
            },
        };
        return (long)(await batch.ExecuteScalarAsync(ct))!;
    }
}
