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

    // A stored row that already holds the same text is left as it is, so no page is written for it.
    private const string UpsertChanged = "INSERT INTO read_models (projection, key, json) VALUES (?1, ?2, ?3) ON CONFLICT (projection, key) DO UPDATE SET json = excluded.json WHERE json <> excluded.json;";
    private const string Delete = "DELETE FROM read_models WHERE projection = ?1 AND key = ?2;";
    private const string StoredKeys = "SELECT key FROM read_models WHERE projection = ?1;";

    public static void Apply(SqliteConnection connection, string projection, IUtf8DocumentChanges changes, CancellationToken ct) =>
        Write(Handle(connection), projection, changes, Upsert, null, ct);

    /// <summary>
    /// Leaves the projection holding exactly these documents: each is written only where the stored text differs (a rebuild
    /// of read models that are up to date writes no document), then the stored documents not among them are deleted.
    /// </summary>
    public static void Replace(SqliteConnection connection, string projection, IUtf8DocumentChanges documents, CancellationToken ct)
    {
        var db = Handle(connection);
        var stale = Keys(db, projection);
        Write(db, projection, documents, UpsertChanged, stale, ct);
        using var delete = Prepare(db, Delete);
        foreach (var key in stale)
        {
            ct.ThrowIfCancellationRequested();
            Step(delete, db, projection, key, null);
        }
    }

    // Each key written is taken out of the stale ones, when there are any.
    private static void Write(sqlite3 db, string projection, IUtf8DocumentChanges changes, string upsertSql, HashSet<string>? stale, CancellationToken ct)
    {
        using var upsert = Prepare(db, upsertSql);
        using var delete = Prepare(db, Delete);
        foreach (var (key, json) in changes.ReadUtf8())
        {
            ArgumentNullException.ThrowIfNull(key, nameof(changes));
            ct.ThrowIfCancellationRequested();
            stale?.Remove(key);
            Step(json is null ? delete : upsert, db, projection, key, json);
        }
    }

    private static void Step(sqlite3_stmt statement, sqlite3 db, string projection, string key, ReadOnlyMemory<byte>? json)
    {
        Check(raw.sqlite3_bind_text(statement, 1, projection), db);
        Check(raw.sqlite3_bind_text(statement, 2, key), db);
        if (json is { } bytes) Check(raw.sqlite3_bind_text(statement, 3, bytes.Span), db);
        var rc = raw.sqlite3_step(statement);
        if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, db);
        Check(raw.sqlite3_reset(statement), db);
    }

    private static HashSet<string> Keys(sqlite3 db, string projection)
    {
        using var select = Prepare(db, StoredKeys);
        Check(raw.sqlite3_bind_text(select, 1, projection), db);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        int rc;
        while ((rc = raw.sqlite3_step(select)) == raw.SQLITE_ROW) keys.Add(raw.sqlite3_column_text(select, 0).utf8_to_string());
        if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, db);
        return keys;
    }

    private static sqlite3 Handle(SqliteConnection connection) => connection.Handle ?? throw new InvalidOperationException("The connection is not open.");

    private static sqlite3_stmt Prepare(sqlite3 db, string sql)
    {
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        return statement;
    }

    private static void Check(int rc, sqlite3 db) => SqliteException.ThrowExceptionForRC(rc, db);
}
