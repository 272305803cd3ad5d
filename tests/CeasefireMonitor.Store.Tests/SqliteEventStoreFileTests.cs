using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace CeasefireMonitor.Store.Tests;

/// <summary>What only the SQLite store promises: a shared file, WAL, survival across reopening, disposal releasing the file.</summary>
public sealed class SqliteEventStoreFileTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TempDirectory _directory = new();
    private readonly List<SqliteEventStore> _stores = [];

    private string DatabasePath => _directory.File("nested/dir/events.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        _directory.Dispose();
    }

    private async Task<SqliteEventStore> OpenAsync(SqliteStoreOptions? options = null)
    {
        var store = await SqliteEventStore.OpenAsync(DatabasePath, options ?? new SqliteStoreOptions());
        _stores.Add(store);
        return store;
    }

    private async Task<object?> QueryFileAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task OpenAsync_MissingDirectory_CreatesWalFileWithVersionedSchema()
    {
        var store = await OpenAsync();
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(1));

        Assert.Equal("wal", await QueryFileAsync("PRAGMA journal_mode;"));
        Assert.Equal(2L, await QueryFileAsync("SELECT version FROM schema_version;"));
        var created = (string)(await QueryFileAsync("SELECT created FROM events;"))!;
        Assert.EndsWith("Z", created, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-23T16:19:28.1553846Z")]
    [InlineData("2026-11-23T16:19:28.1553846+00:00")]
    [InlineData("2026-11-23T18:19:28.1553846+02:00")]
    [InlineData("2026-11-23 16:19:28")]
    public async Task ReadAllAsync_CreatedInAnyStoredForm_ParsesAsTheGeneralParser(string stored)
    {
        var store = await OpenAsync(new SqliteStoreOptions { Clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 16, 19, 28, TimeSpan.Zero).AddTicks(1553846)) });
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(2));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 16, 19, 28, TimeSpan.Zero).AddTicks(1553846), (await store.ReadAllAsync().ToListAsync())[0].Created);

        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE events SET created = $created WHERE position = 2;";
            update.Parameters.AddWithValue("$created", stored);
            await update.ExecuteNonQueryAsync();
        }

        var expected = DateTimeOffset.Parse(stored, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
        var read = (await store.ReadAllAsync().ToListAsync())[1].Created;
        Assert.Equal((expected, expected.Offset), (read, read.Offset));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task OpenAsync_ExistingFile_KeepsEventsAndSchema()
    {
        var events = TestEvents.Batch(3);
        await using (var first = await SqliteEventStore.OpenAsync(DatabasePath))
        {
            await first.AppendAsync("truce-1", ExpectedRevision.NoStream, events);
        }

        var reopened = await OpenAsync();

        Assert.Equal(events.Select(e => e.EventId), (await reopened.ReadAllAsync().ToListAsync()).Select(e => e.EventId));
        Assert.Equal(3, (await reopened.AppendAsync("truce-1", ExpectedRevision.Exact(2), TestEvents.Batch(1))).NextExpectedRevision);
        Assert.Equal(1L, await QueryFileAsync("SELECT COUNT(*) FROM schema_version;"));
    }

    [Fact]
    public async Task OpenAsync_VersionOneFileWithTextIds_MigratesKeepingIdsPositionsAndIdempotency()
    {
        var events = TestEvents.Batch(2);
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await QueryFileAsync(
            "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);" +
            "CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, stream_id TEXT NOT NULL, stream_revision INTEGER NOT NULL, event_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, data BLOB NOT NULL, metadata BLOB, created TEXT NOT NULL, UNIQUE (stream_id, stream_revision));" +
            "CREATE TABLE read_models (projection TEXT NOT NULL, key TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (projection, key));" +
            "CREATE TABLE checkpoints (projection TEXT PRIMARY KEY, position INTEGER NOT NULL);" +
            $"INSERT INTO events VALUES (7, 'truce-1', 0, '{events[0].EventId}', 'V1.Test', x'7B7D', NULL, '2026-01-01T00:00:00.0000000Z');" +
            $"INSERT INTO events VALUES (9, 'truce-1', 1, '{events[1].EventId}', 'V1.Test', x'7B7D', NULL, '2026-01-01T00:00:00.0000000Z');");

        var store = await OpenAsync();

        Assert.Equal(2L, await QueryFileAsync("SELECT version FROM schema_version;"));
        Assert.Equal([(events[0].EventId, 7L), (events[1].EventId, 9L)], (await store.ReadAllAsync().ToListAsync()).Select(e => (e.EventId, e.Position)));
        Assert.True((await store.AppendAsync("truce-1", ExpectedRevision.NoStream, events)).WasIdempotent);
        Assert.Equal(10, (await store.AppendAsync("truce-1", ExpectedRevision.Exact(1), TestEvents.Batch(1))).LastPosition);
    }

    [Fact]
    public async Task OpenAsync_NewerSchemaVersion_Throws()
    {
        await using (await SqliteEventStore.OpenAsync(DatabasePath))
        {
        }

        await QueryFileAsync("UPDATE schema_version SET version = 99;");

        await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteEventStore.OpenAsync(DatabasePath));
    }

    [Fact]
    public async Task DisposeAsync_AfterAppends_ClosesFileAndFoldsWalBack()
    {
        var store = await SqliteEventStore.OpenAsync(DatabasePath);
        await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(10));
        Assert.True(File.Exists(DatabasePath + "-wal"));

        await store.DisposeAsync();

        // SQLite deletes the WAL only when the last connection to the file closes.
        Assert.False(File.Exists(DatabasePath + "-wal"));
        Assert.Equal(10L, await QueryFileAsync("SELECT COUNT(*) FROM events;"));
    }

    [Fact]
    public async Task TwoInstances_SameFile_SeeEachOthersEventsAndRevisions()
    {
        var one = await OpenAsync();
        var two = await OpenAsync();

        await one.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(2));
        await two.AppendAsync("truce-1", ExpectedRevision.Exact(1), TestEvents.Batch(1));
        var stale = one.AppendAsync("truce-1", ExpectedRevision.Exact(1), TestEvents.Batch(1));

        Assert.Equal(2, (await Assert.ThrowsAsync<WrongExpectedRevisionException>(() => stale)).Actual);
        Assert.Equal([1L, 2, 3], (await one.ReadAllAsync().ToListAsync()).Select(e => e.Position));
        Assert.Equal(3, await two.GetLastPositionAsync());
    }

    [Fact]
    public async Task SubscribeToAllAsync_AppendThroughOtherInstance_ArrivesByPolling()
    {
        var subscriber = await OpenAsync(new SqliteStoreOptions { PollInterval = TimeSpan.FromMilliseconds(50) });
        var writer = await OpenAsync();
        await writer.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(2));
        using var timeout = new CancellationTokenSource(Patience);
        var subscription = subscriber.SubscribeToAllAsync(afterPosition: 1, timeout.Token).TakeAsync(3);

        await writer.AppendAsync("truce-2", ExpectedRevision.NoStream, TestEvents.Batch(2));

        Assert.Equal([2L, 3, 4], (await subscription).Select(e => e.Position));
    }

    [Fact]
    public async Task SubscribeToAllAsync_AppendThroughSameInstance_WakesWithoutWaitingForPoll()
    {
        var store = await OpenAsync(new SqliteStoreOptions { PollInterval = TimeSpan.FromHours(1) });
        using var timeout = new CancellationTokenSource(Patience);
        var subscription = store.SubscribeToAllAsync(ct: timeout.Token).TakeAsync(3);

        for (var i = 0; i < 3; i++)
        {
            await Task.Delay(20);
            await store.AppendAsync("truce-1", ExpectedRevision.Any, TestEvents.Batch(1));
        }

        Assert.Equal([1L, 2, 3], (await subscription).Select(e => e.Position));
    }

    [Fact]
    public async Task AppendAsync_SecondEventIdStoredInOtherStream_RollsBackTheWholeBatch()
    {
        var store = await OpenAsync();
        var taken = TestEvents.One();
        await store.AppendAsync("truce-2", ExpectedRevision.NoStream, [taken]);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.AppendAsync("truce-1", ExpectedRevision.NoStream, [TestEvents.One(), taken, TestEvents.One()]));

        Assert.Equal(1L, await QueryFileAsync("SELECT COUNT(*) FROM events;"));
        Assert.Equal(0, (await store.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(1))).NextExpectedRevision);
        Assert.Equal(2, await store.GetLastPositionAsync());
    }
}
