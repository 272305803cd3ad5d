namespace CeasefireMonitor.Store.Port;

/// <summary>A named lease held by this process until disposed, or until the process dies.</summary>
public interface IWorkerLease : IAsyncDisposable
{
    string Name { get; }

    /// <summary>Cancelled when the lease may have ended without being disposed (its server session dropped): work under it must stop.</summary>
    CancellationToken Lost { get; }
}

/// <summary>Work under a lease stopped because the lease was lost; another instance may hold it now.</summary>
public sealed class LeaseLostException(string name) : Exception($"the '{name}' lease was lost (its database session ended); this instance stopped that work")
{
    public string Name { get; } = name;
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
