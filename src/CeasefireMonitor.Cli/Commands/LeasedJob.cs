using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Cli.Commands;

/// <summary>
/// One job of `ceasefire work`: runs only while this instance holds the job's lease. A lost lease stops the job at
/// once, and this instance waits before trying again, so that a healthy instance takes the work over.
/// </summary>
internal sealed class LeasedJob(string name, ILeaseProvider leases, Func<IWorkerLease, CancellationToken, Task> run) : IAsyncDisposable
{
    private static readonly TimeSpan PauseAfterLoss = TimeSpan.FromSeconds(5);
    private IWorkerLease? _lease;
    private DateTimeOffset _retryAt;
    private bool _waitAnnounced;

    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            await RunOnceAsync(ct);
        }
        catch (Exception ex) when (Application.Storage.StoreFailures.IsUnavailable(ex) && !ct.IsCancellationRequested)
        {
            // A store that stops answering ends this turn only; the worker comes back to it after its pause.
            Console.WriteLine($"The store stopped answering during the {name} job ({ex.Message}); trying again.");
        }
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        if (_lease is { Lost.IsCancellationRequested: true }) await LoseAsync();
        if (_lease is null && DateTimeOffset.UtcNow >= _retryAt)
        {
            _lease = await leases.TryAcquireAsync(name, ct);
            // Tests and operators watch for these lines to know which instance does the work and which stands by.
            if (_lease is not null) Console.WriteLine($"Holding the {name} lease.");
            else if (!_waitAnnounced) Console.WriteLine($"Waiting for the {name} lease: another instance holds it.");
            _waitAnnounced = _lease is null;
        }
        if (_lease is null) return;
        try
        {
            await run(_lease, ct);
        }
        catch (LeaseLostException)
        {
            await LoseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_lease is not null) await _lease.DisposeAsync();
        _lease = null;
    }

    private async Task LoseAsync()
    {
        Console.WriteLine($"Lost the {name} lease.");
        await DisposeAsync();
        _retryAt = DateTimeOffset.UtcNow + PauseAfterLoss;
    }
}
