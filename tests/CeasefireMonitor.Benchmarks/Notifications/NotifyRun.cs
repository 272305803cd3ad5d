using System.Diagnostics;
using System.Threading.Channels;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Contracts;
using CeasefireMonitor.Messaging.Bus;
using CeasefireMonitor.Messaging.Dispatch;
using MassTransit;
using Serilog.Core;

namespace CeasefireMonitor.Benchmarks.Notifications;

/// <summary>
/// One run on one bus, on a fresh store: a warm-up, then changes one at a time (append, flush, wait for the receipt),
/// then at each fixed rate (appends on a clock, a dispatcher flushing whenever woken by an append, as a monitor's
/// outbox does), then a backlog of one phase timed until confirmed and until received.
/// </summary>
public static class NotifyRun
{
    public static async Task<NotifyResult> MeasureAsync(BusAddress? address, NotifyPlan plan)
    {
        var folder = Directory.CreateTempSubdirectory("cm-bench-notify-").FullName;
        var receipts = new Receipts();
        Action<IBusFactoryConfigurator> consume = cfg => cfg.ReceiveEndpoint(new TemporaryEndpointDefinition(), e =>
        {
            // MassTransit's default prefetch (16) starves a consumer that acknowledges each message; a subscriber keeping up with a backlog wants more in flight.
            if (e is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.PrefetchCount = 256;
            e.Handler<PhaseStatusChanged>(c => { receipts.Add(c.Message.MessageId); return Task.CompletedTask; });
        });
        // Each in-memory bus is a world of its own, so there the consumer sits on the outbox's bus; on RabbitMQ it has a bus of its own, as a subscriber would.
        var consumer = address is null ? null : BusFactory.Create(address, consume);
        if (consumer is not null) await consumer.StartAsync();
        try
        {
            await using var store = await MonitorStore.OpenAsync(Path.Combine(folder, "bench.db"));
            await using var outbox = new NotificationOutbox(store, address, Logger.None, address is null ? consume : null);
            await outbox.StartAsync(default);
            // Not counted: the first tens of thousands of messages run on unoptimised (tier-0) JIT code and cost about twice the processor time of a warm process.
            await SyntheticStatusChanges.AppendAsync(store, "warm-up", 1, plan.WarmUp);
            await FlushAsync(outbox);
            await receipts.WaitForAsync(plan.WarmUp);

            var oneAtATime = await OneAtATimeAsync(store, outbox, receipts, plan.Count);
            var atRate = new List<RateResult>();
            foreach (var rate in plan.Rates) atRate.Add(await AtRateAsync(store, outbox, receipts, rate, plan.Seconds));

            await SyntheticStatusChanges.AppendAsync(store, "backlog", 1, plan.Backlog);
            var clock = Stopwatch.StartNew();
            await FlushAsync(outbox);
            var confirmed = clock.Elapsed;
            await receipts.WaitForAsync(plan.Backlog);
            return new NotifyResult(oneAtATime, atRate, plan.Backlog / confirmed.TotalSeconds, plan.Backlog / clock.Elapsed.TotalSeconds);
        }
        finally
        {
            if (consumer is not null) await consumer.StopAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Latency> OneAtATimeAsync(MonitorStore store, NotificationOutbox outbox, Receipts receipts, int count)
    {
        var latencies = new List<double>(count);
        for (var i = 1; i <= count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await SyntheticStatusChanges.AppendAsync(store, "one-at-a-time", i, 1);
            await FlushAsync(outbox);
            await receipts.WaitForAsync(1);
            latencies.Add(Stopwatch.GetElapsedTime(start, receipts.At(NotificationMapper.StatusChangeId("one-at-a-time", i))).TotalMilliseconds);
        }
        return Latency.Of(latencies);
    }

    private static async Task<RateResult> AtRateAsync(MonitorStore store, NotificationOutbox outbox, Receipts receipts, int rate, int seconds)
    {
        var phase = $"rate-{rate}";
        var total = rate * seconds;
        var appendedAt = new long[total + 1];
        // Appends wake the dispatcher; wake-ups during a flush collapse into one more flush, which takes all that came.
        var wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        var dispatcher = Task.Run(async () =>
        {
            await foreach (var _ in wake.Reader.ReadAllAsync()) await FlushAsync(outbox);
        });
        var start = Stopwatch.GetTimestamp();
        try
        {
            for (var i = 1; i <= total; i++)
            {
                // The clock sets when each change is due, so a late append is followed by the ones it held up, not a slower rate.
                var due = start + (long)((i - 1) * (double)Stopwatch.Frequency / rate);
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait >= TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
                appendedAt[i] = Stopwatch.GetTimestamp();
                await SyntheticStatusChanges.AppendAsync(store, phase, i, 1);
                wake.Writer.TryWrite(true);
            }
        }
        finally { wake.Writer.Complete(); }
        var achieved = total / Stopwatch.GetElapsedTime(start).TotalSeconds;
        await dispatcher;
        await receipts.WaitForAsync(total);
        var latencies = Enumerable.Range(1, total).Select(i => Stopwatch.GetElapsedTime(appendedAt[i], receipts.At(NotificationMapper.StatusChangeId(phase, i))).TotalMilliseconds).ToList();
        return new RateResult(rate, Latency.Of(latencies), achieved);
    }

    private static async Task FlushAsync(NotificationOutbox outbox)
    {
        await outbox.FlushAsync(default, force: true);
        if (outbox.LastError is { } error) throw new InvalidOperationException($"notify benchmark: {error}");
    }
}
