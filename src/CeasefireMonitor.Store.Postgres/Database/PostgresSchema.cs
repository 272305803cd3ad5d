using Npgsql;

namespace CeasefireMonitor.Store.Postgres.Database;

/// <summary>Creates or migrates the schema (in the connection's search path); <c>schema_version</c> holds the number of migrations applied.</summary>
internal static class PostgresSchema
{
    // Migrations[i] moves the schema from version i to i + 1; never edit one that has shipped, append a new one.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE events (
            position bigint PRIMARY KEY,
            stream_id text NOT NULL,
            stream_revision bigint NOT NULL,
            event_id uuid NOT NULL UNIQUE,
            type text NOT NULL,
            data bytea NOT NULL,
            metadata bytea,
            created timestamptz NOT NULL,
            UNIQUE (stream_id, stream_revision)
        );
        CREATE TABLE read_models (
            projection text NOT NULL,
            key text NOT NULL,
            json text NOT NULL,
            PRIMARY KEY (projection, key)
        );
        CREATE TABLE checkpoints (
            projection text PRIMARY KEY,
            position bigint NOT NULL
        );
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    public static async Task MigrateAsync(NpgsqlDataSource source, CancellationToken ct)
    {
        await using var connection = await source.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // Instances starting together migrate one after another; the lock is per schema and ends with the transaction.
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext('ceasefire-migrate:' || current_schema()));", ct);
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL);", ct);
        await using var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection);
        var version = (int)(await read.ExecuteScalarAsync(ct))!;
        if (version > CurrentVersion)
            throw new InvalidOperationException($"The database has schema version {version}, newer than this build's {CurrentVersion}.");
        foreach (var migration in Migrations.Skip(version))
        {
            await ExecuteAsync(connection, migration, ct);
        }

        await using var write = new NpgsqlCommand("DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES (@version);", connection);
        write.Parameters.Add(new NpgsqlParameter<int>("version", CurrentVersion));
        await write.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
