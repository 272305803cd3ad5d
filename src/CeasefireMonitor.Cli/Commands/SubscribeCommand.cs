using System.CommandLine;
using System.Text.Json;
using System.Threading.Channels;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Cli.Hosting;
using CeasefireMonitor.Contracts;
using CeasefireMonitor.Messaging.Bus;
using CeasefireMonitor.Messaging.Dispatch;
using MassTransit;

namespace CeasefireMonitor.Cli.Commands;

/// <summary>
/// Prints status changes: with --from-start or --from, the history from the store first, then live messages.
/// The live consumer starts before the history is read and duplicates are dropped by message id, so the switch
/// has no gap and no duplicate. Live messages come from RabbitMQ, or from the store's subscription on the in-memory bus.
/// </summary>
public static class SubscribeCommand
{
    public static Command Create(GlobalOptions options)
    {
        var phase = new Option<string?>("--phase") { Description = "Only this phase" };
        var fromStart = new Option<bool>("--from-start") { Description = "Print the whole history first" };
        var from = new Option<int?>("--from") { Description = "Print the history from this sequence number first" };
        var json = new Option<bool>("--json") { Description = "One JSON object per line" };
        var max = new Option<int?>("--max") { Description = "Stop after this many messages" };
        var command = new Command("subscribe", "Print each change of a phase's status as it happens, optionally from history") { phase, fromStart, from, json, max };
        command.Validators.Add(r => { if (r.GetValue(fromStart) && r.GetValue(from) is not null) r.AddError("--from-start and --from exclude each other"); });
        command.SetAction(async (parse, ct) =>
        {
            var address = options.BusAddress(parse);
            await using var monitor = await options.OpenAsync(parse, ct);
            var live = Channel.CreateUnbounded<PhaseStatusChanged>();
            await using var bus = await StartConsumerAsync(address, live.Writer, ct);
            var printer = new Printer(parse.GetValue(phase), parse.GetValue(json), parse.GetValue(max));
            var log = new StatusChangeLog(monitor.Store.Events);
            var history = parse.GetValue(fromStart) ? 1 : parse.GetValue(from);
            await foreach (var message in log.ReadAsync(ct))
                if (history is { } first && message.Sequence >= first && printer.Print(message)) return ExitCodes.Ok;
            var source = address is null ? log.FollowAsync(ct) : live.Reader.ReadAllAsync(ct);
            try
            {
                await foreach (var message in source)
                    if (printer.Print(message)) return ExitCodes.Ok;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<BusHandle> StartConsumerAsync(BusAddress? address, ChannelWriter<PhaseStatusChanged> live, CancellationToken ct)
    {
        if (address is null) return new BusHandle(null);
        var bus = BusFactory.Create(address, cfg => cfg.ReceiveEndpoint(new TemporaryEndpointDefinition(), e =>
            e.Handler<PhaseStatusChanged>(context => live.WriteAsync(context.Message).AsTask())));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        await bus.StartAsync(timeout.Token);
        return new BusHandle(bus);
    }

    private sealed class BusHandle(IBusControl? bus) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (bus is not null) await bus.StopAsync(CancellationToken.None);
        }
    }

    private sealed class Printer(string? phase, bool json, int? max)
    {
        private readonly HashSet<Guid> _printed = [];

        /// <summary>Prints a message unless filtered or already printed; true when --max is reached.</summary>
        public bool Print(PhaseStatusChanged m)
        {
            if ((phase is not null && m.PhaseId != phase) || !_printed.Add(m.MessageId)) return false;
            Console.WriteLine(json
                ? JsonSerializer.Serialize(m, EventJson.Options)
                : $"{m.OccurredOn,-10}  {m.PhaseId}  #{m.Sequence}  {m.OldStatus ?? "(new)"} → {m.NewStatus}{(m.EndReason is null ? "" : $" ({m.EndReason})")}  \"{m.Evidence.FirstOrDefault()?.Sentence}\"");
            return max is { } n && _printed.Count >= n;
        }
    }
}
