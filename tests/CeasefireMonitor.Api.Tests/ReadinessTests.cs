using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CeasefireMonitor.Api.Tests.Support;
using CeasefireMonitor.Messaging.Bus;

namespace CeasefireMonitor.Api.Tests;

/// <summary>/health/ready with a RabbitMQ bus configured: ready only when the broker accepts the configured connection.</summary>
public sealed class ReadinessTests
{
    private static BusAddress TestBroker => BusAddress.Parse(Environment.GetEnvironmentVariable("CEASEFIRE_TEST_RABBITMQ"))
        ?? throw new InvalidOperationException("CEASEFIRE_TEST_RABBITMQ is not set: run the tests with deploy/test.sh, which starts RabbitMQ");

    private static string Url(BusAddress bus, string password, ushort port) =>
        $"rabbitmq://{Uri.EscapeDataString(bus.Username)}:{Uri.EscapeDataString(password)}@{bus.Host}:{port}/{Uri.EscapeDataString(bus.VirtualHost)}";

    /// <summary>A loopback port nothing listens on: bound to learn a free number, then closed.</summary>
    private static ushort ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = (ushort)((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync(string bus)
    {
        var server = new BusApiServer(bus);
        await server.InitializeAsync();
        try
        {
            using var response = await server.Client.GetAsync("/health/ready");
            return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
        }
        finally { await server.DisposeAsync(); }
    }

    [Fact]
    public async Task HealthReady_RealBroker_200BrokerHealthy()
    {
        var broker = TestBroker;
        var (status, body) = await ReadyAsync(Url(broker, broker.Password, broker.Port));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("broker").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("store").GetString());
    }

    [Fact]
    public async Task HealthReady_BrokerPortClosed_503BrokerUnhealthy()
    {
        var (status, body) = await ReadyAsync(Url(TestBroker, "any-password", ClosedPort()));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("broker").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("store").GetString());
    }

    [Fact]
    public async Task HealthReady_WrongBrokerPassword_503BrokerUnhealthy()
    {
        var broker = TestBroker;
        var (status, body) = await ReadyAsync(Url(broker, broker.Password + "-wrong", broker.Port));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("broker").GetString());
    }
}
