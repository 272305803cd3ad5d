using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Sqlite;

namespace CeasefireMonitor.Store.Tests;

/// <summary>The contract on a fresh SQLite file per test, in a temp directory deleted afterwards.</summary>
public sealed class SqliteEventStoreTests : EventStoreContract
{
    private readonly TempDirectory _directory = new();

    private string DatabasePath => _directory.File("events.db");

    protected override async Task<IEventStore> CreateStoreAsync() => await SqliteEventStore.OpenAsync(DatabasePath);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _directory.Dispose();
    }
}
