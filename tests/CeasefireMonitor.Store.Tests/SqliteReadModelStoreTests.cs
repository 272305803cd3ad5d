using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Sqlite;

namespace CeasefireMonitor.Store.Tests;

/// <summary>The read-model contract on a fresh SQLite file per test, plus sharing that file with the event store.</summary>
public sealed class SqliteReadModelStoreTests : ReadModelStoreContract
{
    private readonly TempDirectory _directory = new();

    private string DatabasePath => _directory.File("monitor.db");

    protected override async Task<IReadModelStore> CreateStoreAsync() => await SqliteReadModelStore.OpenAsync(DatabasePath);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task OpenAsync_EventStoresFile_SharesItWithoutTouchingEvents()
    {
        await using var events = await SqliteEventStore.OpenAsync(DatabasePath);
        await events.AppendAsync("truce-1", ExpectedRevision.NoStream, TestEvents.Batch(2));
        await using var readModels = await SqliteReadModelStore.OpenAsync(DatabasePath);

        await readModels.CommitAsync("phases", [new("truce-1", "{}")], 0, await events.GetLastPositionAsync());

        Assert.Equal(2, await readModels.GetCheckpointAsync("phases"));
        Assert.Equal(2, (await events.ReadAllAsync().ToListAsync()).Count);
    }

    [Fact]
    public async Task CommitAsync_TwoRunnersFromSameCheckpoint_OnlyOneApplies()
    {
        await using var first = await SqliteReadModelStore.OpenAsync(DatabasePath);
        await using var second = await SqliteReadModelStore.OpenAsync(DatabasePath);

        var committed = await Task.WhenAll(Task.Run(() => TryCommitAsync(first, 1)), Task.Run(() => TryCommitAsync(second, 2)));

        Assert.Single(committed, c => c);
        Assert.Equal(3, await first.GetCheckpointAsync("phases"));
    }

    private static async Task<bool> TryCommitAsync(IReadModelStore store, int runner)
    {
        try
        {
            await store.CommitAsync("phases", [new("truce-1", $$"""{"by":{{runner}}}""")], 0, 3);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
