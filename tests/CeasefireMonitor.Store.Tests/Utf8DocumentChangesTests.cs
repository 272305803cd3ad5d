using System.Collections;
using System.Text;
using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Sqlite;

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
