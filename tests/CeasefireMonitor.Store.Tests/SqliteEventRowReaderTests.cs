using System.Text;
using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Sqlite;

namespace CeasefireMonitor.Store.Tests;

/// <summary>The SQLite store's row reads give what its filtered log reads give, field for field (the ones a row holds), without the copies.</summary>
public sealed class SqliteEventRowReaderTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private SqliteEventStore _store = null!;

    public async Task InitializeAsync() => _store = await SqliteEventStore.OpenAsync(_directory.File("events.db"));

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _directory.Dispose();
    }

    private static string Describe(long position, string type, ReadOnlySpan<byte> data, DateTimeOffset created) =>
        $"@{position} {type} {Encoding.UTF8.GetString(data)} {created:O}";

    [Fact]
    public async Task ReadAllRowsAsync_AfterAPosition_GivesTheFilteredLogReadRowByRow()
    {
        await _store.AppendAsync("truce-1", ExpectedRevision.NoStream, [.. TestEvents.Batch(700, "Kept"), .. TestEvents.Batch(300, "Dropped")]);
        await _store.AppendAsync("truce-2", ExpectedRevision.NoStream, [new EventData(Guid.NewGuid(), "Kept", Encoding.UTF8.GetBytes("""{"é":"ü"}"""), Encoding.UTF8.GetBytes("""{"m":1}""")), .. TestEvents.Batch(600, "Kept")]);
        var filter = new EventTypeFilter(["Kept"]);

        var rows = await _store.ReadAllRowsAsync(afterPosition: 5, maxCount: 1_000, filter, row => Describe(row.Position, row.Type, row.Data, row.Created));

        var expected = await _store.ReadAllAsync(afterPosition: 5, maxCount: 1_000, filter)
            .Select(e => Describe(e.Position, e.Type, e.Data, e.Created)).ToListAsync();
        Assert.Equal(1_000, rows.Count);
        Assert.Equal(expected, rows);
        Assert.Contains(rows, r => r.Contains("""{"é":"ü"}""", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAllRowsAsync_AtTheLogEnd_GivesNothing()
    {
        await _store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(3, "Kept"));

        Assert.Empty(await _store.ReadAllRowsAsync(afterPosition: 3, maxCount: 10, new EventTypeFilter(["Kept"]), row => row.Position));
    }

    [Fact]
    public async Task ReadRangeRowsAsync_BetweenTwoPositions_GivesTheFilteredEventsOfThatRangeOnly()
    {
        await _store.AppendAsync("truce-1", ExpectedRevision.NoStream, [.. TestEvents.Batch(1_500, "Kept"), .. TestEvents.Batch(300, "Dropped"), .. TestEvents.Batch(400, "Kept")]);
        var filter = new EventTypeFilter(["Kept"]);

        // Wider than the row reader's first page (1,024) and across the dropped events.
        var rows = await _store.ReadRangeRowsAsync(afterPosition: 100, upToPosition: 1_900, filter, row => Describe(row.Position, row.Type, row.Data, row.Created));

        var expected = await _store.ReadAllAsync(afterPosition: 100, maxCount: 10_000, filter).TakeWhile(e => e.Position <= 1_900)
            .Select(e => Describe(e.Position, e.Type, e.Data, e.Created)).ToListAsync();
        Assert.Equal(1_400 + 100, rows.Count);
        Assert.Equal(expected, rows);
        Assert.Empty(await _store.ReadRangeRowsAsync(afterPosition: 1_500, upToPosition: 1_800, filter, row => row.Position));
        Assert.Empty(await _store.ReadRangeRowsAsync(afterPosition: 7, upToPosition: 7, filter, row => row.Position));
    }
}
