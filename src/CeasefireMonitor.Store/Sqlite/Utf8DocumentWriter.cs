using CeasefireMonitor.Store.Port;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CeasefireMonitor.Store.Sqlite;

/// <summary>
/// Upserts or deletes documents given as UTF-8 bytes inside the caller's transaction, binding the bytes as text
/// straight from the caller's buffer: a timeline of megabytes never becomes a string or a managed copy.
/// </summary>
internal static class Utf8DocumentWriter
{
    private const string Upsert = "INSERT INTO read_models (projection, key, json) VALUES (?1, ?2, ?3) ON CONFLICT (projection, key) DO UPDATE SET json = excluded.json;";
    private const string Delete = "DELETE FROM read_models WHERE projection = ?1 AND key = ?2;";

    public static void Apply(SqliteConnection connection, string projection, IUtf8DocumentChanges changes, CancellationToken ct)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        using var upsert = Prepare(db, Upsert);
        using var delete = Prepare(db, Delete);
        foreach (var (key, json) in changes.ReadUtf8())
        {
            ArgumentNullException.ThrowIfNull(key, nameof(changes));
            ct.ThrowIfCancellationRequested();
            var statement = json is null ? delete : upsert;
            Check(raw.sqlite3_bind_text(statement, 1, projection), db);
            Check(raw.sqlite3_bind_text(statement, 2, key), db);
            if (json is { } bytes) Check(raw.sqlite3_bind_text(statement, 3, bytes.Span), db);
            var rc = raw.sqlite3_step(statement);
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, db);
            Check(raw.sqlite3_reset(statement), db);
        }
    }

    private static sqlite3_stmt Prepare(sqlite3 db, string sql)
    {
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        return statement;
    }

    private static void Check(int rc, sqlite3 db) => SqliteException.ThrowExceptionForRC(rc, db);
}
