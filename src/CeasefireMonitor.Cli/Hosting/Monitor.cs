using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Queries;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Extraction;
using CeasefireMonitor.Messaging.Bus;
using CeasefireMonitor.Messaging.Dispatch;
using Serilog;

namespace CeasefireMonitor.Cli.Hosting;

/// <summary>The services of one command run, over one opened store.</summary>
public sealed class Monitor(MonitorStore store, BusAddress? bus, ILogger log, StoreRetry retry) : IAsyncDisposable
{
    private NotificationOutbox? _outbox;

    public MonitorStore Store { get; } = store;
    public BusAddress? Bus { get; } = bus;
    public IngestionService Ingestion { get; } = new(store, ArticleExtractor.CreateDefault(), TimeProvider.System, log);
    public ProjectionRunner Projections { get; } = new(store, log);
    public PhaseQueries Phases { get; } = new(store);
    public RejectionQueries Rejections { get; } = new(store);

    /// <summary>How long repeatable work waits out a store server that stopped answering.</summary>
    public StoreRetry Retry { get; } = retry;

    /// <summary>The outbox, with its bus started on first use (only commands that write need it).</summary>
    public async Task<NotificationOutbox> OutboxAsync(CancellationToken ct)
    {
        if (_outbox is not null) return _outbox;
        _outbox = new NotificationOutbox(Store, Bus, log);
        await _outbox.StartAsync(ct);
        return _outbox;
    }

    public static async Task<Monitor> OpenAsync(string location, BusAddress? bus, ILogger log, StoreRetry retry, CancellationToken ct) =>
        new(await retry.RunAsync("opening the store", () => MonitorStore.OpenAsync(location, ct), ct), bus, log, retry);

    public async ValueTask DisposeAsync()
    {
        if (_outbox is not null) await _outbox.DisposeAsync();
        await Store.DisposeAsync();
    }
}
