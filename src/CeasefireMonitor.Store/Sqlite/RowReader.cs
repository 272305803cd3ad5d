using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CeasefireMonitor.Store.Port;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CeasefireMonitor.Store.Sqlite;

/// <summary>
/// Runs an event query on the connection's own SQLite handle and maps each row from SQLite's buffers: ids, positions
/// and timestamps are parsed in place, stream and type names are made once per page, and only the payloads are copied
/// (or, for the catch-up's row reads, handed over in SQLite's buffer).
/// </summary>
internal static class RowReader
{
    private const int CancellationCheckEvery = 256;

    /// <summary>The statement's columns, in order: position, stream_id, stream_revision, event_id, type, data, metadata, created.</summary>
    public static List<RecordedEvent> Query(SqliteConnection connection, string sql, IReadOnlyList<(string Name, object Value)> parameters, int capacity, CancellationToken ct) =>
        Query(connection, sql, parameters, capacity, Map, ct);

    /// <summary>
    /// A query of the columns <see cref="EventRow"/> holds (position, type, data, created, in that order), each row handed to
    /// <paramref name="map"/> with its payload still in SQLite's buffer: the catch-up's read, so no other column is fetched.
    /// </summary>
    public static List<T> QueryRows<T>(SqliteConnection connection, string sql, IReadOnlyList<(string Name, object Value)> parameters, int capacity, EventRowMapper<T> map, CancellationToken ct) =>
        Query(connection, sql, parameters, capacity, (row, names) => map(new EventRow(
            position: raw.sqlite3_column_int64(row, 0),
            type: names.Get(raw.sqlite3_column_blob(row, 1)),
            data: raw.sqlite3_column_blob(row, 2),
            created: Created(raw.sqlite3_column_blob(row, 3)))), ct);

    private static List<T> Query<T>(SqliteConnection connection, string sql, IReadOnlyList<(string Name, object Value)> parameters, int capacity, Func<sqlite3_stmt, PageNames, T> map, CancellationToken ct)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using (statement)
        {
            foreach (var (name, value) in parameters) Bind(statement, db, name, value);
            var names = new PageNames();
            var page = new List<T>(capacity);
            while (true)
            {
                if (page.Count % CancellationCheckEvery == 0) ct.ThrowIfCancellationRequested();
                var rc = raw.sqlite3_step(statement);
                if (rc == raw.SQLITE_DONE) return page;
                if (rc != raw.SQLITE_ROW) Check(rc, db);
                page.Add(map(statement, names));
            }
        }
    }

    // What callers keep after the statement moves on: the payloads are copied; NULL metadata stays null.
    private static RecordedEvent Map(sqlite3_stmt row, PageNames names) => new(
        names.Get(raw.sqlite3_column_blob(row, 1)),
        raw.sqlite3_column_int64(row, 2),
        raw.sqlite3_column_int64(row, 0),
        EventIdBytes.To(raw.sqlite3_column_blob(row, 3)),
        names.Get(raw.sqlite3_column_blob(row, 4)),
        raw.sqlite3_column_blob(row, 5).ToArray(),
        raw.sqlite3_column_type(row, 6) == raw.SQLITE_NULL ? null : raw.sqlite3_column_blob(row, 6).ToArray(),
        Created(raw.sqlite3_column_blob(row, 7)));

    // Appends write the UTC round-trip form ("…Z"), parsed here from its bytes; any other form as before, from a string.
    private static DateTimeOffset Created(ReadOnlySpan<byte> utf8) =>
        utf8.Length > 0 && utf8[^1] == (byte)'Z' && Utf8Parser.TryParse(utf8, out DateTimeOffset parsed, out var consumed, 'O') && consumed == utf8.Length
            ? parsed
            : ParseCreated(Encoding.UTF8.GetString(utf8));

    private static DateTimeOffset ParseCreated(string created) =>
        DateTimeOffset.TryParseExact(created, "O", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : DateTimeOffset.Parse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static void Bind(sqlite3_stmt statement, sqlite3 db, string name, object value)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, name);
        if (index == 0) throw new ArgumentException($"The query has no parameter {name}.", nameof(name));
        Check(value switch
        {
            long number => raw.sqlite3_bind_int64(statement, index, number),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            string text => raw.sqlite3_bind_text(statement, index, text),
            _ => throw new ArgumentException($"Parameter {name}: unsupported value type {value.GetType().Name}.", nameof(value)),
        }, db);
    }

    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
    }

    /// <summary>Each distinct stream or type name of a page as one string, found from the row's bytes.</summary>
    private sealed class PageNames
    {
        private const int MaxStackChars = 256;
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public PageNames() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

        public string Get(ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length > MaxStackChars) return Encoding.UTF8.GetString(utf8);
            Span<char> chars = stackalloc char[MaxStackChars];
            var length = Encoding.UTF8.GetChars(utf8, chars);
            if (_lookup.TryGetValue(chars[..length], out var known)) return known;
            var name = new string(chars[..length]);
            _names[name] = name;
            return name;
        }
    }
}
