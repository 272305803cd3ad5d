using CeasefireMonitor.Api.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CeasefireMonitor.Api.Health;

/// <summary>Ready only when the event store answers a read.</summary>
public sealed class StoreHealthCheck(ApiMonitor monitor) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var position = await monitor.Store.Events.GetLastPositionAsync(ct);
            return HealthCheckResult.Healthy($"{monitor.Store.Description} at position {position}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"the store {monitor.Store.Description} did not answer", ex);
        }
    }
}
