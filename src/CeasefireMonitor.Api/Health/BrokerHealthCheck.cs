using System.Net.Sockets;
using CeasefireMonitor.Api.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CeasefireMonitor.Api.Health;

/// <summary>When a RabbitMQ bus is configured, ready only when its port accepts a connection; the in-memory bus is always there.</summary>
public sealed class BrokerHealthCheck(ApiMonitor monitor) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (monitor.Bus is not { } bus) return HealthCheckResult.Healthy("in-memory bus");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(bus.Host, bus.Port, timeout.Token);
            return HealthCheckResult.Healthy($"{bus} accepts connections");
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{bus} does not accept connections ({ex.Message})");
        }
    }
}
