using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Queries;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Extraction;
using CeasefireMonitor.Messaging.Bus;
using CeasefireMonitor.Messaging.Dispatch;

namespace CeasefireMonitor.Api.Hosting;

/// <summary>The store and services one API process works with; writes and projection catch-ups take turns.</summary>
public sealed class ApiMonitor(MonitorStore store, BusAddress? bus, Serilog.ILogger log) : IAsyncDisposable
{
    // The ingestion service caches conflict state and the projection runner must not run twice at once.
    private readonly SemaphoreSlim _turn = new(1, 1);

    public MonitorStore Store { get; } = store;
    public BusAddress? Bus { get; } = bus;
    public IngestionService Ingestion { get; } = new(store, ArticleExtractor.CreateDefault(), TimeProvider.System, log);
    public ProjectionRunner Projections { get; } = new(store, log);
    public PhaseQueries Phases { get; } = new(store);
    public NotificationOutbox Outbox { get; } = new(store, bus, log);

    public static async Task<ApiMonitor> OpenAsync(string? location, BusAddress? bus, Serilog.ILogger log, CancellationToken ct) =>
        new(await MonitorStore.OpenAsync(location, ct), bus, log);

    /// <summary>Runs an action alone: no other write or catch-up runs meanwhile.</summary>
    public async Task<T> InTurnAsync<T>(Func<Task<T>> action, CancellationToken ct)
    {
        await _turn.WaitAsync(ct);
        try { return await action(); }
        finally { _turn.Release(); }
    }

    /// <summary>Brings the read models up to date, also with what another process (the CLI) appended.</summary>
    public Task<long> CatchUpAsync(CancellationToken ct) => InTurnAsync(() => Projections.CatchUpAsync(ct), ct);

    public async ValueTask DisposeAsync()
    {
        await Outbox.DisposeAsync();
        await Store.DisposeAsync();
        _turn.Dispose();
    }
}
