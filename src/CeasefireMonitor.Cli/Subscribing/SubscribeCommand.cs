using System.CommandLine;
using System.Threading.Channels;
using CeasefireMonitor.Cli.Hosting;
using CeasefireMonitor.Messaging.Dispatch;

namespace CeasefireMonitor.Cli.Subscribing;

/// <summary>
/// Prints status changes: with --from-start or --from, the history from the store first, then live messages;
/// without them, only changes recorded after it started. The live consumer is bound before the store is read, and
/// whatever the bus misses (a gap in a phase's sequence, a reconnection after its queue was gone) is read from the
/// store, the outbox the messages came from; so there is no gap, no duplicate, and each phase stays in order.
/// Live messages come from RabbitMQ, or from the store's subscription on the in-memory bus.
/// </summary>
public static class SubscribeCommand
{
    public static Command Create(GlobalOptions options)
    {
        var phase = new Option<string?>("--phase") { Description = "Only this phase" };
        var fromStart = new Option<bool>("--from-start") { Description = "Print the whole history first" };
        var from = new Option<int?>("--from") { Description = "Print the history from this sequence number first" };
        var json = new Option<bool>("--json") { Description = "One JSON object per line" };
        var max = new Option<int?>("--max") { Description = "Stop after printing this many changes" };
        var command = new Command("subscribe", "Print each change of a phase's status as it happens, optionally from history") { phase, fromStart, from, json, max };
        command.Validators.Add(r =>
        {
            if (r.GetValue(fromStart) && r.GetValue(from) is not null) r.AddError("--from-start and --from exclude each other");
            if (r.GetValue(max) is < 1) r.AddError("--max must be at least 1");
        });
        command.SetAction(async (parse, ct) =>
        {
            var address = options.BusAddress(parse);
            await using var monitor = await options.OpenAsync(parse, ct);
            var live = Channel.CreateUnbounded<LiveChanges.Signal>();
            await using var bus = await LiveChanges.StartAsync(address, live.Writer, ct);
            var printer = new ChangePrinter(parse.GetValue(phase), parse.GetValue(json), parse.GetValue(max));
            var log = new StatusChangeLog(monitor.Store.Events);
            var history = parse.GetValue(fromStart) ? 1 : parse.GetValue(from);
            // Without --from-start/--from the history is read all the same, unprinted: it is where live begins.
            await foreach (var message in log.ReadAsync(ct))
                if (printer.Offer(message, show: history is { } first && message.Sequence >= first)) return ExitCodes.Ok;
            Console.Error.WriteLine($"Listening for status changes on {address?.ToString() ?? "the store (in-memory bus)"}");
            try
            {
                return address is null ? await FollowStoreAsync(log, printer, ct) : await FollowBusAsync(live.Reader, log, printer, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return ExitCodes.Ok; }
        });
        return command;
    }

    private static async Task<int> FollowStoreAsync(StatusChangeLog log, ChangePrinter printer, CancellationToken ct)
    {
        await foreach (var message in log.FollowAsync(ct))
            if (printer.Offer(message, show: true)) break;
        return ExitCodes.Ok;
    }

    private static async Task<int> FollowBusAsync(ChannelReader<LiveChanges.Signal> live, StatusChangeLog log, ChangePrinter printer, CancellationToken ct)
    {
        await foreach (var signal in live.ReadAllAsync(ct))
        {
            if (signal.Message is { } message && printer.IsNextOrSeen(message))
            {
                if (printer.Offer(message, show: true)) break;
                continue;
            }
            // A gap or a new queue: what the bus did not bring is in the store, in order; the message itself comes with it.
            await foreach (var stored in log.ReadAsync(ct))
                if (printer.Offer(stored, show: true)) return ExitCodes.Ok;
            // A message the store does not hold (another monitor publishing on this vhost) is printed as it came.
            if (signal.Message is { } foreign && printer.Offer(foreign, show: true)) break;
        }
        return ExitCodes.Ok;
    }
}
