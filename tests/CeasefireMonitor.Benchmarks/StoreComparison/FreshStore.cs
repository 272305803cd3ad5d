using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Benchmarks.Stores;
using CeasefireMonitor.Store.Postgres.Database;

namespace CeasefireMonitor.Benchmarks.StoreComparison;

/// <summary>A new, empty monitor store for one measurement: a temporary SQLite file, or a scratch schema on PostgreSQL; deleted on dispose.</summary>
public sealed class FreshStore(MonitorStore store, Func<ValueTask> delete) : IAsyncDisposable
{
    public MonitorStore Store { get; } = store;

    public static async Task<FreshStore> SqliteAsync()
    {
        var scratch = await ScratchStore.CreateAsync();
        return new FreshStore(scratch.Store, scratch.DisposeAsync);
    }

    public static async Task<FreshStore> PostgresAsync(string location)
    {
        var schema = await ScratchSchema.CreateAsync(location);
        var store = await MonitorStore.OpenAsync(schema.ConnectionString);
        return new FreshStore(store, async () =>
        {
            await store.DisposeAsync();
            await schema.DisposeAsync();
        });
    }

    public ValueTask DisposeAsync() => delete();
}
