using System.Collections;
using System.Text;
using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace CeasefireMonitor.Store.Tests;

/// <summary>Documents given as UTF-8 bytes (read from one reused buffer) are stored as the same text as strings would be.</summary>
public sealed class Utf8DocumentChangesTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task CommitAsync_Utf8Changes_StoresTheTextAndDeletes()
    {
        await using var store = await SqliteReadModelStore.OpenAsync(_directory.File("monitor.db"));
        await store.CommitAsync("timeline", [new("gone", "{\"a\":1}")], 0, 1);
        var large = "{\"sentence\":\"" + new string('é', 200_000) + " ‘quoted’ \"}";

        await store.CommitAsync("timeline", new ReusedBufferChanges([("phase-1", large), ("phase-2", "{\"b\":[1,2]}"), ("gone", null)]), 1, 2);

        Assert.Equal(large, await store.LoadAsync("timeline", "phase-1"));
        Assert.Equal("{\"b\":[1,2]}", await store.LoadAsync("timeline", "phase-2"));
        Assert.Null(await store.LoadAsync("timeline", "gone"));
        Assert.Equal(["phase-1", "phase-2"], (await store.LoadAllAsync("timeline")).Select(d => d.Key));
        Assert.Equal(2, await store.GetCheckpointAsync("timeline"));
    }

    [Fact]
    public async Task ReplaceAsync_Utf8Documents_WritesOnlyChangedAndNewDocumentsAndDeletesTheRest()
    {
        var file = _directory.File("monitor.db");
        await using var store = await SqliteReadModelStore.OpenAsync(file);
        await store.CommitAsync("timeline", [new("same", "{\"a\":1}"), new("changed", "{\"b\":1}"), new("stale", "{\"c\":1}")], 0, 3);
        await store.CommitAsync("phases", [new("same", "{\"a\":1}")], 0, 3);
        await ExecuteAsync(file, """
            CREATE TABLE writes (key TEXT NOT NULL, kind TEXT NOT NULL);
            CREATE TRIGGER updated AFTER UPDATE ON read_models BEGIN INSERT INTO writes VALUES (new.key, 'update'); END;
            CREATE TRIGGER inserted AFTER INSERT ON read_models BEGIN INSERT INTO writes VALUES (new.key, 'insert'); END;
            CREATE TRIGGER deleted AFTER DELETE ON read_models BEGIN INSERT INTO writes VALUES (old.key, 'delete'); END;
            """);

        await store.ReplaceAsync("timeline", new ReusedBufferChanges([("same", "{\"a\":1}"), ("changed", "{\"b\":2}"), ("new", "{\"d\":1}")]), 3, 7);

        Assert.Equal([("changed", "{\"b\":2}"), ("new", "{\"d\":1}"), ("same", "{\"a\":1}")], await store.LoadAllAsync("timeline"));
        Assert.Equal([("same", "{\"a\":1}")], await store.LoadAllAsync("phases"));
        Assert.Equal(7, await store.GetCheckpointAsync("timeline"));
        Assert.Equal(["changed update", "new insert", "stale delete"], await ReadWritesAsync(file));
    }

    private static async Task ExecuteAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ReadWritesAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key || ' ' || kind FROM writes ORDER BY key, kind;";
        await using var reader = await command.ExecuteReaderAsync();
        var writes = new List<string>();
        while (await reader.ReadAsync()) writes.Add(reader.GetString(0));
        return writes;
    }

    public void Dispose() => _directory.Dispose();

    // Every document is written into the same array, as the projection runner does, so a store that kept a reference would read the wrong bytes.
    private sealed class ReusedBufferChanges(IReadOnlyList<(string Key, string? Json)> changes) : IUtf8DocumentChanges
    {
        public int Count => changes.Count;

        public IEnumerable<(string Key, ReadOnlyMemory<byte>? Json)> ReadUtf8()
        {
            var buffer = new byte[1_000_000];
            foreach (var (key, json) in changes)
            {
                if (json is null)
                {
                    yield return (key, null);
                    continue;
                }

                var length = Encoding.UTF8.GetBytes(json, buffer);
                yield return (key, buffer.AsMemory(0, length));
                Array.Fill(buffer, (byte)'x', 0, length);
            }
        }

        public IEnumerator<DocumentChange> GetEnumerator() => changes.Select(c => new DocumentChange(c.Key, c.Json)).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
