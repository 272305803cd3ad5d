using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Cli.Hosting;
using CeasefireMonitor.Contracts;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Messaging.Bus;
using CeasefireMonitor.Messaging.Dispatch;
using CeasefireMonitor.Store.Port;
using MassTransit;
using Serilog;
using Recorded = CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Cli.Bench;

/// <summary>
/// `ceasefire bench-notify`: latency from appending a status change to a subscriber's receipt (one at a time:
/// append, flush the outbox, wait for the consumer), then sustained notifications/s for a backlog of one phase,
/// confirmed by the broker and received by the consumer. Prints the median of each figure over the runs.
/// </summary>
public static class NotifyBenchCommand
{
    public static Command Create(GlobalOptions options)
    {
        var count = new Option<int>("--count") { Description = "Changes for the latency run", DefaultValueFactory = _ => 500 };
        var backlog = new Option<int>("--backlog") { Description = "Changes for the throughput run", DefaultValueFactory = _ => 20_000 };
        var runs = new Option<int>("--runs") { Description = "Runs; each figure is the median over them", DefaultValueFactory = _ => 3 };
        var command = new Command("bench-notify", "Measure notification latency (p50, p99) and throughput on the configured bus (in-memory by default)") { count, backlog, runs };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(count) < 1 || parse.GetValue(backlog) < 1 || parse.GetValue(runs) < 1)
            {
                Console.Error.WriteLine("error: --count, --backlog and --runs must be at least 1");
                return ExitCodes.UsageError;
            }
            var address = options.BusAddress(parse);
            var results = new List<Figures>();
            for (var run = 1; run <= parse.GetValue(runs); run++)
            {
                var figures = await RunAsync(address, parse.GetValue(count), parse.GetValue(backlog), ct);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {figures}"));
                results.Add(figures);
            }
            Console.WriteLine("| bus | p50 append → receipt | p99 | confirmed/s | received/s |");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {address?.ToString() ?? "in-memory"} | {Median(results, f => f.P50):0.00} ms | {Median(results, f => f.P99):0.00} ms | {Median(results, f => f.Confirmed):N0} | {Median(results, f => f.Received):N0} |"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private sealed record Figures(double P50, double P99, double Confirmed, double Received)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"p50 {P50:0.00} ms, p99 {P99:0.00} ms, {Confirmed:N0} confirmed/s, {Received:N0} received/s");
    }

    private const int WarmUp = 60_000;

    private static async Task<Figures> RunAsync(BusAddress? address, int count, int total, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("cm-bench-notify-").FullName;
        var received = new ConcurrentDictionary<Guid, long>();
        var arrived = new SemaphoreSlim(0);
        Action<IBusFactoryConfigurator> consume = cfg => cfg.ReceiveEndpoint(new TemporaryEndpointDefinition(), e =>
        {
            // MassTransit's default prefetch (16) starves a consumer that acknowledges each message; a subscriber keeping up with a backlog wants more in flight.
            if (e is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.PrefetchCount = 256;
            e.Handler<PhaseStatusChanged>(c => { received[c.Message.MessageId] = Stopwatch.GetTimestamp(); arrived.Release(); return Task.CompletedTask; });
        });
        // Each in-memory bus is a world of its own, so there the consumer sits on the outbox's bus; on RabbitMQ it has a bus of its own, as a subscriber would.
        var consumer = address is null ? null : BusFactory.Create(address, consume);
        if (consumer is not null) await consumer.StartAsync(ct);
        try
        {
            await using var store = await MonitorStore.OpenAsync(Path.Combine(folder, "bench.db"), ct);
            await using var outbox = new NotificationOutbox(store, address, Log.Logger, address is null ? consume : null);
            await outbox.StartAsync(ct);
            // Warm-up, not counted: the first tens of thousands of messages run on unoptimised (tier-0) JIT code and cost about twice the processor time of a warm process.
            await AppendAsync(store, "warm-up", 1, WarmUp, ct);
            await Flush(outbox, ct);
            for (var i = 0; i < WarmUp; i++) await arrived.WaitAsync(ct);
            var latencies = new List<double>();
            for (var i = 1; i <= count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await AppendAsync(store, "latency", i, 1, ct);
                await Flush(outbox, ct);
                await arrived.WaitAsync(ct);
                latencies.Add(Stopwatch.GetElapsedTime(start, received[NotificationMapper.StatusChangeId("latency", i)]).TotalMilliseconds);
            }
            await AppendAsync(store, "throughput", 1, total, ct);
            var clock = Stopwatch.StartNew();
            await Flush(outbox, ct);
            var confirmed = clock.Elapsed;
            for (var i = 0; i < total; i++) await arrived.WaitAsync(ct);
            latencies.Sort();
            return new Figures(Percentile(latencies, 50), Percentile(latencies, 99), total / confirmed.TotalSeconds, total / clock.Elapsed.TotalSeconds);
        }
        finally
        {
            if (consumer is not null) await consumer.StopAsync(CancellationToken.None);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task Flush(NotificationOutbox outbox, CancellationToken ct)
    {
        await outbox.FlushAsync(ct, force: true);
        if (outbox.LastError is { } error) throw new InvalidOperationException($"bench-notify: {error}");
    }

    private static double Median(List<Figures> runs, Func<Figures, double> figure)
    {
        var sorted = runs.Select(figure).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double Percentile(List<double> sorted, int p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];

    // Status changes appended straight to a stream, as ingestion records them.
    private static Task AppendAsync(MonitorStore store, string phase, int firstSequence, int count, CancellationToken ct)
    {
        var evidence = new Recorded.Evidence("bench", "A synthetic status change.", 0, 26);
        var events = Enumerable.Range(firstSequence, count).Select(seq =>
            EventSerializer.ToEventData(new Recorded.PhaseStatusChanged(phase, "bench", seq, null, Domain.Phases.PhaseStatus.Fighting, null, new PartialDate(2024, 1, 1), new DateOnly(2024, 1, 1), evidence),
                Guid.NewGuid(), new EventMetadata("bench"))).ToList();
        return store.Events.AppendAsync($"conflict-bench-{phase}", ExpectedRevision.Any, events, ct);
    }
}
