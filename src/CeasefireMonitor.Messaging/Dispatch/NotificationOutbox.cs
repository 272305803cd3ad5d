using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Messaging.Bus;
using CeasefireMonitor.Store.Port;
using MassTransit;
using Serilog;

namespace CeasefireMonitor.Messaging.Dispatch;

/// <summary>
/// Owns the bus for a command run and flushes the outbox after each ingestion. When the broker is down the
/// monitor keeps ingesting; the backlog stays in the log and goes out on a later flush, once the broker is back.
/// </summary>
/// <param name="configure">Receive endpoints on the outbox's own bus: on the in-memory transport the only way to consume in-process.</param>
public sealed class NotificationOutbox(MonitorStore store, BusAddress? address, ILogger log, Action<IBusFactoryConfigurator>? configure = null) : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);
    private readonly IBusControl _bus = BusFactory.Create(address, configure);
    private NotificationDispatcher? _dispatcher;
    private DateTimeOffset _retryAt = DateTimeOffset.MinValue;

    public string? LastError { get; private set; }

    public async Task StartAsync(CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(StartTimeout);
        try
        {
            await _bus.StartAsync(timeout.Token);
            _dispatcher = new NotificationDispatcher(store, _bus, log, TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            Fail($"the bus {address?.ToString() ?? "in-memory"} did not start ({ex.GetType().Name}: {ex.Message})");
        }
    }

    /// <summary>Publishes what is pending; returns the count sent, 0 while the broker is known to be down.</summary>
    public async Task<int> FlushAsync(CancellationToken ct, bool force = false, IWorkerLease? lease = null)
    {
        if (!force && DateTimeOffset.UtcNow < _retryAt) return 0;
        if (_dispatcher is null) await StartAsync(ct);
        if (_dispatcher is null) return 0;
        try
        {
            var sent = lease is null ? await _dispatcher.DispatchPendingAsync(ct) : await _dispatcher.DispatchPendingAsync(lease, ct);
            LastError = null;
            return sent;
        }
        catch (BrokerUnavailableException ex)
        {
            Fail(ex.Message);
            return 0;
        }
    }

    private void Fail(string error)
    {
        LastError = error;
        _retryAt = DateTimeOffset.UtcNow + RetryAfter;
        log.Warning("Notifications pending: {Error}", error);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try { await _bus.StopAsync(timeout.Token); }
        catch (OperationCanceledException) { log.Warning("The bus did not stop within 10 s"); }
    }
}
