using System.Diagnostics;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Benchmarks.Stores;

/// <summary>Times what the projection runner asks of the read-model store.</summary>
public sealed class TimedReadModelStore(IReadModelStore inner, StoreTimings timings) : IReadModelStore, IAsyncDisposable
{
    public Task<long> GetCheckpointAsync(string projection, CancellationToken ct = default) => inner.GetCheckpointAsync(projection, ct);

    public async Task<string?> LoadAsync(string projection, string key, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var json = await inner.LoadAsync(projection, key, ct);
        timings.DocumentLoads.Add(started, 1);
        return json;
    }

    public Task<IReadOnlyList<(string Key, string Json)>> LoadAllAsync(string projection, CancellationToken ct = default) => inner.LoadAllAsync(projection, ct);

    public async Task CommitAsync(string projection, IReadOnlyCollection<DocumentChange> changes, long expectedCheckpoint, long newCheckpoint, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        await inner.CommitAsync(projection, changes, expectedCheckpoint, newCheckpoint, ct);
        timings.DocumentCommits.Add(started, changes.Count);
    }

    public async Task ReplaceAsync(string projection, IReadOnlyCollection<DocumentChange> documents, long expectedCheckpoint, long newCheckpoint, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        await inner.ReplaceAsync(projection, documents, expectedCheckpoint, newCheckpoint, ct);
        timings.DocumentCommits.Add(started, documents.Count);
    }

    public Task ResetAsync(string projection, CancellationToken ct = default) => inner.ResetAsync(projection, ct);

    public ValueTask DisposeAsync() => inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
