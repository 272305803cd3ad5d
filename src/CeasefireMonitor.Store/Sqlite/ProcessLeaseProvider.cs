using System.Collections.Concurrent;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Store.Sqlite;

/// <summary>Leases within one process: the embedded SQLite store serves one monitor instance, so no server lock is needed.</summary>
public sealed class ProcessLeaseProvider : ILeaseProvider
{
    private readonly ConcurrentDictionary<string, byte> _held = new();

    public Task<IWorkerLease?> TryAcquireAsync(string name, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        IWorkerLease? lease = _held.TryAdd(name, 0) ? new Lease(name, _held) : null;
        return Task.FromResult(lease);
    }

    private sealed class Lease(string name, ConcurrentDictionary<string, byte> held) : IWorkerLease
    {
        public string Name { get; } = name;

        // Held in this process's memory, so only disposing ends it.
        public CancellationToken Lost => CancellationToken.None;

        public ValueTask DisposeAsync()
        {
            held.TryRemove(Name, out _);
            return ValueTask.CompletedTask;
        }
    }
}
