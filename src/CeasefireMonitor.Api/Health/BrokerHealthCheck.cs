using CeasefireMonitor.Api.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace CeasefireMonitor.Api.Health;

/// <summary>
/// When a RabbitMQ bus is configured, ready only when the broker accepts an AMQP connection with the configured user, password
/// and vhost (an open port alone would hide a wrong password); the in-memory bus is always there.
/// </summary>
public sealed class BrokerHealthCheck(ApiMonitor monitor) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (monitor.Bus is not { } bus) return HealthCheckResult.Healthy("in-memory bus");
        var factory = new ConnectionFactory
        {
            HostName = bus.Host, Port = bus.Port, VirtualHost = bus.VirtualHost, UserName = bus.Username, Password = bus.Password,
            RequestedConnectionTimeout = Timeout, AutomaticRecoveryEnabled = false, ClientProvidedName = "ceasefire health check",
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var connection = await factory.CreateConnectionAsync(timeout.Token);
            await connection.CloseAsync(timeout.Token);
            return HealthCheckResult.Healthy($"{bus} accepted a connection");
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Any failure (refused, timed out, wrong credentials, no such vhost) means notifications cannot go out.
            return HealthCheckResult.Unhealthy($"{bus} refused or did not answer ({ex.GetBaseException().Message})");
        }
    }
}
