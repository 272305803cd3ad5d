using System.Diagnostics.Metrics;
using CeasefireMonitor.Api.Hosting;
using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Projections.PhaseStatuses;

namespace CeasefireMonitor.Api.Metrics;

/// <summary>The monitor's own instruments, exported on /metrics in Prometheus format.</summary>
public sealed class MonitorMetrics
{
    public const string MeterName = "CeasefireMonitor";

    private readonly Counter<long> _articles;
    private readonly Counter<long> _events;
    private readonly Counter<long> _notifications;

    public MonitorMetrics(IMeterFactory meters, ApiMonitor monitor)
    {
        var meter = meters.Create(MeterName);
        _articles = meter.CreateCounter<long>("ceasefire.articles.ingested", "{article}", "Articles ingested through the API, by outcome");
        _events = meter.CreateCounter<long>("ceasefire.events.appended", "{event}", "Events appended to the log by API ingestion");
        _notifications = meter.CreateCounter<long>("ceasefire.notifications.sent", "{notification}", "Status notifications published to the bus");
        meter.CreateObservableGauge("ceasefire.projection.lag", () => Lag(monitor), "{event}", "Events in the log not yet applied to the phase-status projection");
    }

    public void Ingested(IngestStatus status, int appended, int notificationsSent)
    {
        _articles.Add(1, new KeyValuePair<string, object?>("outcome", status.ToString()));
        _events.Add(appended);
        _notifications.Add(notificationsSent);
    }

    // Observed at scrape time; the store reads are small and local.
    private static long Lag(ApiMonitor monitor)
    {
        var last = monitor.Store.Events.GetLastPositionAsync().GetAwaiter().GetResult();
        var checkpoint = monitor.Store.ReadModels.GetCheckpointAsync(PhaseStatusProjection.ProjectionName).GetAwaiter().GetResult();
        return Math.Max(0, last - checkpoint);
    }
}
