namespace CeasefireMonitor.Store.Port;

/// <summary>A named lease held by this process until disposed, or until the process dies.</summary>
public interface IWorkerLease : IAsyncDisposable
{
    string Name { get; }
}

/// <summary>
/// Grants named leases so that work which must run once per deployment (a projection catch-up, the notification
/// dispatcher) runs in exactly one instance at a time.
/// </summary>
public interface ILeaseProvider
{
    /// <summary>The lease, or null when another holder has it; never waits.</summary>
    Task<IWorkerLease?> TryAcquireAsync(string name, CancellationToken ct = default);
}
