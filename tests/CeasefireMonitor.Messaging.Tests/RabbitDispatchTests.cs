using System.Text;
using System.Text.Json;
using CeasefireMonitor.Contracts;
using CeasefireMonitor.Messaging.Bus;
using CeasefireMonitor.Messaging.Dispatch;
using CeasefireMonitor.Messaging.Tests.Support;
using MassTransit;
using RabbitMQ.Client;
using Serilog;

namespace CeasefireMonitor.Messaging.Tests;

[Collection(RabbitCollection.Name)]
public sealed class RabbitDispatchTests : IAsyncLifetime
{
    private readonly string _vhost = $"cm-test-{Guid.NewGuid():N}";
    private BusAddress _address = null!;

    public async Task InitializeAsync() => _address = await RabbitBroker.CreateVhostAsync(_vhost);

    public Task DisposeAsync() => RabbitBroker.DeleteVhostAsync(_vhost);

    // One message at a time, so the handler sees the queue's order (MassTransit otherwise consumes several at once).
    private IBusControl ConsumerBus(string queue, Received<PhaseStatusChanged> received) =>
        BusFactory.Create(_address, cfg => cfg.ReceiveEndpoint(queue, e =>
        {
            e.ConcurrentMessageLimit = 1;
            e.Handler<PhaseStatusChanged>(c => received.Add(c.Message));
        }));

    [Fact]
    public async Task Dispatch_SeedReplay_ConsumerReceivesEveryChange()
    {
        await using var monitor = await TestMonitor.CreateAsync();
        await monitor.IngestAsync(TestMonitor.SeedItems);
        var expected = await Expected.StatusChangesAsync(monitor);
        var received = new Received<PhaseStatusChanged>();
        var consumer = ConsumerBus("round-trip", received);
        await consumer.StartAsync();
        await using var outbox = new NotificationOutbox(monitor.Store, _address, Log.Logger);
        try
        {
            await outbox.StartAsync(default);
            Assert.True(await outbox.FlushAsync(default, force: true) >= expected.Count, outbox.LastError);
            var messages = await received.WaitForAsync(expected.Count);
            Assert.Equal(expected.Select(ChangeKeys.Key).Order(), messages.Select(ChangeKeys.Key).Order());
            Assert.Equal(0, await outbox.FlushAsync(default, force: true));
            await received.AssertNoMoreAsync(expected.Count);
        }
        finally { await consumer.StopAsync(); }
    }

    [Fact]
    public async Task Interop_PlainRabbitMqClient_ReadsJsonBodyFromBoundQueue()
    {
        await using var monitor = await TestMonitor.CreateAsync();
        await monitor.IngestAsync(TestMonitor.SeedItems.Take(1));
        var expected = await Expected.StatusChangesAsync(monitor);
        await using var connection = await PlainConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = await BindPlainQueueAsync(channel);

        await using (var outbox = new NotificationOutbox(monitor.Store, _address, Log.Logger))
        {
            await outbox.StartAsync(default);
            await outbox.FlushAsync(default, force: true);
        }

        var bodies = new List<JsonElement>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (bodies.Count < expected.Count && !timeout.IsCancellationRequested)
        {
            if (await channel.BasicGetAsync(queue, autoAck: true) is { } delivery)
                bodies.Add(JsonDocument.Parse(Encoding.UTF8.GetString(delivery.Body.Span)).RootElement.Clone());
            else await Task.Delay(50);
        }
        Assert.Equal(expected.Count, bodies.Count);
        var first = bodies[0];
        Assert.Contains("urn:message:CeasefireMonitor.Contracts:PhaseStatusChanged", first.GetProperty("messageType").EnumerateArray().Select(t => t.GetString()));
        var message = first.GetProperty("message");
        Assert.Equal(first.GetProperty("messageId").GetString(), message.GetProperty("messageId").GetString());
        // Phases go out side by side, so match each body to its change by message id.
        var change = Assert.Single(expected, c => c.MessageId.ToString() == message.GetProperty("messageId").GetString());
        Assert.Equal((change.PhaseId, change.NewStatus, change.Sequence), (message.GetProperty("phaseId").GetString(), message.GetProperty("newStatus").GetString(), message.GetProperty("sequence").GetInt32()));
        Assert.Equal(expected.Select(ChangeKeys.Key).Order(), bodies.Select(b => $"{b.GetProperty("message").GetProperty("phaseId").GetString()}#{b.GetProperty("message").GetProperty("sequence").GetInt32()}").Order());
    }

    [Fact]
    public async Task Dispatch_BacklogOfOnePhase_PlainQueueReceivesItInSequenceOrder()
    {
        await using var monitor = await TestMonitor.CreateAsync();
        const int count = 3000;
        await SyntheticChanges.AppendAsync(monitor.Store, "ordered", 1, count);
        await using var connection = await PlainConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = await BindPlainQueueAsync(channel);

        await using (var outbox = new NotificationOutbox(monitor.Store, _address, Log.Logger))
        {
            await outbox.StartAsync(default);
            Assert.Equal(count, await outbox.FlushAsync(default, force: true));
        }

        var sequences = new List<int>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (sequences.Count < count && !timeout.IsCancellationRequested)
        {
            if (await channel.BasicGetAsync(queue, autoAck: true) is { } delivery)
                sequences.Add(JsonDocument.Parse(delivery.Body).RootElement.GetProperty("message").GetProperty("sequence").GetInt32());
            else await Task.Delay(50);
        }
        // A queue is first in, first out, so this is the order in which the broker accepted them.
        Assert.Equal(Enumerable.Range(1, count), sequences);
    }

    private Task<IConnection> PlainConnectionAsync() =>
        new ConnectionFactory { HostName = _address.Host, Port = _address.Port, VirtualHost = _address.VirtualHost, UserName = _address.Username, Password = _address.Password }.CreateConnectionAsync();

    private static async Task<string> BindPlainQueueAsync(IChannel channel)
    {
        const string exchange = "CeasefireMonitor.Contracts:PhaseStatusChanged";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var queue = (await channel.QueueDeclareAsync("plain-client", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, routingKey: "");
        return queue;
    }

    [Fact]
    public async Task Dispatch_BrokerDownMidReplay_BacklogSentInOrderAfterReconnect()
    {
        await using var monitor = await TestMonitor.CreateAsync();
        var seeds = TestMonitor.SeedItems;
        var received = new Received<PhaseStatusChanged>();
        var consumer = ConsumerBus("survives-outage", received);
        await consumer.StartAsync();
        // The monitor reaches the broker through a gate; closing it is a broker outage for the monitor alone.
        await using var gate = new BrokerGate(_address.Host, _address.Port);
        gate.Open();
        await using var outbox = new NotificationOutbox(monitor.Store, _address with { Host = "127.0.0.1", Port = (ushort)gate.Port }, Log.Logger);
        try
        {
            await outbox.StartAsync(default);
            await monitor.IngestAsync(seeds.Take(2));
            Assert.True(await outbox.FlushAsync(default, force: true) > 0, outbox.LastError);

            gate.Close();
            await monitor.IngestAsync(seeds.Skip(2));
            Assert.Equal(0, await outbox.FlushAsync(default, force: true));
            Assert.NotNull(outbox.LastError);
            gate.Open();

            var expected = await Expected.StatusChangesAsync(monitor);
            // MassTransit reconnects by itself; the backlog goes out on the first flush after that.
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (true)
            {
                await outbox.FlushAsync(default, force: true);
                if (outbox.LastError is null) break;
                Assert.True(DateTime.UtcNow < deadline, $"backlog still pending 90 s after the broker came back: {outbox.LastError}");
                await Task.Delay(1000);
            }
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (received.Items.Select(ChangeKeys.Key).Distinct().Count() < expected.Count && !wait.IsCancellationRequested) await Task.Delay(200);
            Assert.Equal(expected.Select(ChangeKeys.Key).Order(), received.Items.Select(ChangeKeys.Key).Distinct().Order());
            // A duplicate is only ever a resend of the same change under the same id, and first arrivals keep each phase's order.
            Assert.All(received.Items.GroupBy(m => m.MessageId), g => Assert.Single(g.Select(ChangeKeys.Key).Distinct()));
            foreach (var phase in received.Items.DistinctBy(m => m.MessageId).GroupBy(m => m.PhaseId))
                Assert.Equal(Enumerable.Range(1, phase.Count()), phase.Select(m => m.Sequence));
        }
        finally { await consumer.StopAsync(); }
    }

    [Fact]
    public async Task Consume_ThrowingConsumer_RetriedThenErrorQueueWhileOthersReceiveAll()
    {
        await using var monitor = await TestMonitor.CreateAsync();
        await monitor.IngestAsync(TestMonitor.SeedItems.Take(2));
        var expected = await Expected.StatusChangesAsync(monitor);
        var attempts = 0;
        var good = new Received<PhaseStatusChanged>();
        var bus = BusFactory.Create(_address, cfg =>
        {
            cfg.ReceiveEndpoint("throwing", e =>
            {
                e.UseMessageRetry(r => r.Immediate(2));
                e.Handler<PhaseStatusChanged>(_ => { Interlocked.Increment(ref attempts); throw new InvalidOperationException("consumer fails on purpose"); });
            });
            cfg.ReceiveEndpoint("good", e => e.Handler<PhaseStatusChanged>(c => good.Add(c.Message)));
        });
        await bus.StartAsync();
        try
        {
            await using (var outbox = new NotificationOutbox(monitor.Store, _address, Log.Logger))
            {
                await outbox.StartAsync(default);
                Assert.True(await outbox.FlushAsync(default, force: true) >= expected.Count, outbox.LastError);
            }
            await good.WaitForAsync(expected.Count);

            await using var connection = await PlainConnectionAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            uint inError = 0;
            while (inError < expected.Count && !timeout.IsCancellationRequested)
            {
                // A passive declare of a queue that does not exist yet closes the channel: use a fresh one each time.
                await using var channel = await connection.CreateChannelAsync();
                try { inError = (await channel.QueueDeclarePassiveAsync("throwing_error")).MessageCount; }
                catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) { inError = 0; }
                if (inError < expected.Count) await Task.Delay(200);
            }
            Assert.Equal((uint)expected.Count, inError);
            Assert.Equal(3 * expected.Count, Volatile.Read(ref attempts));
        }
        finally { await bus.StopAsync(); }
    }
}
