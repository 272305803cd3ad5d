using System.Text.Json;
using CeasefireMonitor.Messaging.Bus;
using RabbitMQ.Client;

namespace CeasefireMonitor.Cli.Tests.Instances;

/// <summary>
/// A plain RabbitMQ client's queue bound to the PhaseStatusChanged exchange, as a non-.NET subscriber binds it; bound
/// before anything is published, it keeps every delivery for the test to read.
/// </summary>
public sealed class StatusChangeQueue : IAsyncDisposable
{
    private const string Exchange = "CeasefireMonitor.Contracts:PhaseStatusChanged";
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;
    private readonly List<Delivery> _received = [];

    private StatusChangeQueue(IConnection connection, IChannel channel, string queue) => (_connection, _channel, _queue) = (connection, channel, queue);

    /// <summary>One delivered change: the envelope's message id and the change's phase and sequence.</summary>
    public sealed record Delivery(string MessageId, string PhaseId, int Sequence)
    {
        public string Key => $"{PhaseId}#{Sequence}";
    }

    public static async Task<StatusChangeQueue> BindAsync(BusAddress address)
    {
        var factory = new ConnectionFactory { HostName = address.Host, Port = address.Port, VirtualHost = address.VirtualHost, UserName = address.Username, Password = address.Password };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        // Declared as MassTransit declares it, so whichever side comes first, the other finds it equal.
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var queue = (await channel.QueueDeclareAsync("two-instance-test", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, Exchange, routingKey: "");
        return new StatusChangeQueue(connection, channel, queue);
    }

    /// <summary>Everything delivered so far, after taking what waits in the queue.</summary>
    public async Task<IReadOnlyList<Delivery>> ReceivedAsync()
    {
        while (await _channel.BasicGetAsync(_queue, autoAck: true) is { } delivery)
        {
            var envelope = JsonDocument.Parse(delivery.Body).RootElement;
            var message = envelope.GetProperty("message");
            _received.Add(new Delivery(envelope.GetProperty("messageId").GetString()!, message.GetProperty("phaseId").GetString()!, message.GetProperty("sequence").GetInt32()));
        }
        return [.. _received];
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
