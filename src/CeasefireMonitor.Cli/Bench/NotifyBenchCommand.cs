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
/// append, flush the outbox, wait for the consumer), then sustained notifications/s for a backlog.
/// </summary>
public static class NotifyBenchCommand
{
    public static Command Create(GlobalOptions options)
    {
        var count = new Option<int>("--count") { Description = "Changes for the latency run", DefaultValueFactory = _ => 500 };
        var backlog = new Option<int>("--backlog") { Description = "Changes for the throughput run", DefaultValueFactory = _ => 20_000 };
        var command = new Command("bench-notify", "Measure notification latency (p50, p99) and throughput on the configured bus") { count, backlog };
        command.SetAction(async (parse, ct) =>
        {
            // Each in-memory bus is its own world, so the outbox's bus and a consumer's never meet: RabbitMQ only.
            if (options.BusAddress(parse) is not { } address) { Console.Error.WriteLine("error: bench-notify needs --bus rabbitmq://user:password@host:port/vhost"); return ExitCodes.UsageError; }
            var folder = Directory.CreateTempSubdirectory("cm-bench-notify-").FullName;
            var received = new ConcurrentDictionary<Guid, long>();
            var arrived = new SemaphoreSlim(0);
            var consumer = BusFactory.Create(address, cfg => cfg.ReceiveEndpoint(new TemporaryEndpointDefinition(), e =>
                e.Handler<PhaseStatusChanged>(c => { received[c.Message.MessageId] = Stopwatch.GetTimestamp(); arrived.Release(); return Task.CompletedTask; })));
            await consumer.StartAsync(ct);
            try
            {
                await using var store = await MonitorStore.OpenAsync(Path.Combine(folder, "bench.db"), ct);
                await using var outbox = new NotificationOutbox(store, address, Log.Logger);
                await outbox.StartAsync(ct);
                var latencies = new List<double>();
                for (var i = 1; i <= parse.GetValue(count); i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    await AppendAsync(store, "latency", i, 1, ct);
                    await outbox.FlushAsync(ct, force: true);
                    await arrived.WaitAsync(ct);
                    latencies.Add(Stopwatch.GetElapsedTime(start, received[NotificationMapper.StatusChangeId("latency", i)]).TotalMilliseconds);
                }
                var total = parse.GetValue(backlog);
                await AppendAsync(store, "throughput", 1, total, ct);
                var clock = Stopwatch.StartNew();
                await outbox.FlushAsync(ct, force: true);
                for (var i = 0; i < total; i++) await arrived.WaitAsync(ct);
                var perSecond = total / clock.Elapsed.TotalSeconds;
                latencies.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {address} | {Percentile(latencies, 50):0.00} ms | {Percentile(latencies, 99):0.00} ms | {perSecond:N0}/s |"));
                return outbox.LastError is null ? 0 : 1;
            }
            finally
            {
                await consumer.StopAsync(CancellationToken.None);
                Directory.Delete(folder, recursive: true);
            }
        });
        return command;
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
