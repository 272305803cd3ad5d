using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CeasefireMonitor.Store.Sqlite;

/// <summary>Opens pooled connections to one SQLite file that several connections and processes share.</summary>
internal sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly string _pragmas;

    private SqliteDatabase(string path, TimeSpan busyTimeout)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        var busyMilliseconds = ((long)busyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        // synchronous=NORMAL: in WAL mode commits skip the fsync and stay consistent; a power cut may lose the last commits only.
        // A 16 MB page cache holds the id index, whose random inserts otherwise re-read pages; checkpointing every 10,000 WAL
        // pages (not 1,000) writes a page dirtied by many batches back to the file once, with one fsync.
        // The soft heap limit is process-wide: one appending connection may still fill its 16 MB cache, but the pooled
        // connections together stop growing near 16 MB instead of keeping 16 MB each (32 MB cost a replay ~13 MB of peak).
        _pragmas = $"PRAGMA busy_timeout = {busyMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384; PRAGMA wal_autocheckpoint = 10000; PRAGMA soft_heap_limit = 16777216;";
    }

    /// <summary>Creates the file's directory and brings its schema to the current version.</summary>
    public static async Task<SqliteDatabase> OpenAsync(string path, SqliteStoreOptions options, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var database = new SqliteDatabase(fullPath, options.BusyTimeout);
        await using var connection = await database.OpenConnectionAsync(ct);
        await SqliteSchema.MigrateAsync(connection, ct);
        return database;
    }

    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes the pooled connections so the file is released and can be deleted.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
