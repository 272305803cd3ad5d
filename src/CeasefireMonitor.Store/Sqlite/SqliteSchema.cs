using Microsoft.Data.Sqlite;

namespace CeasefireMonitor.Store.Sqlite;

/// <summary>Creates or migrates the schema; <c>schema_version</c> holds the number of migrations applied.</summary>
internal static class SqliteSchema
{
    // Migrations[i] moves the schema from version i to i + 1; never edit one that has shipped, append a new one.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE events (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            stream_id TEXT NOT NULL,
            stream_revision INTEGER NOT NULL,
            event_id TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            data BLOB NOT NULL,
            metadata BLOB,
            created TEXT NOT NULL,
            UNIQUE (stream_id, stream_revision)
        );
        CREATE TABLE read_models (
            projection TEXT NOT NULL,
            key TEXT NOT NULL,
            json TEXT NOT NULL,
            PRIMARY KEY (projection, key)
        );
        CREATE TABLE checkpoints (
            projection TEXT PRIMARY KEY,
            position INTEGER NOT NULL
        );
        """,
        // Event ids as 16 big-endian bytes instead of 36 characters: the global id index, written at random places, shrinks by half.
        """
        CREATE TABLE events_v2 (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            stream_id TEXT NOT NULL,
            stream_revision INTEGER NOT NULL,
            event_id BLOB NOT NULL UNIQUE,
            type TEXT NOT NULL,
            data BLOB NOT NULL,
            metadata BLOB,
            created TEXT NOT NULL,
            UNIQUE (stream_id, stream_revision)
        );
        INSERT INTO events_v2 (position, stream_id, stream_revision, event_id, type, data, metadata, created)
            SELECT position, stream_id, stream_revision, unhex(replace(event_id, '-', '')), type, data, metadata, created FROM events ORDER BY position;
        DROP TABLE events;
        ALTER TABLE events_v2 RENAME TO events;
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken ct)
    {
        // WAL lets readers run beside the single writer; the mode is stored in the file and cannot change inside a transaction.
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", ct);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", ct);
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        var version = Convert.ToInt32(await read.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException($"The database has schema version {version}, newer than this build's {CurrentVersion}.");
        }

        if (version < CurrentVersion)
        {
            foreach (var migration in Migrations.Skip(version))
            {
                await ExecuteAsync(connection, migration, ct);
            }

            await using var write = connection.CreateCommand();
            write.CommandText = "DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ($version);";
            write.Parameters.AddWithValue("$version", CurrentVersion);
            await write.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
