using System.CommandLine;
using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Cli.Hosting;
using CeasefireMonitor.Messaging.Dispatch;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Cli.Commands;

/// <summary>
/// The worker role of an instance: keeps the read models and the notifications up to date until stopped. Each job runs
/// only while this instance holds its lease; the others retry every second, so one takes over when the holder dies.
/// </summary>
public static class WorkCommand
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    public static Command Create(GlobalOptions options)
    {
        var command = new Command("work", "Run the projections and the notification dispatcher (each in one instance at a time) until Ctrl-C or SIGTERM");
        command.SetAction(async (parse, ct) =>
        {
            await using var monitor = await options.OpenAsync(parse, ct);
            var outbox = await monitor.OutboxAsync(ct);
            IWorkerLease? projections = null, notifications = null;
            try
            {
                while (!ct.IsCancellationRequested)
                {
                    projections ??= await AcquireAsync(monitor, ProjectionRunner.LeaseName, ct);
                    notifications ??= await AcquireAsync(monitor, NotificationDispatcher.CheckpointName, ct);
                    if (projections is not null) await monitor.Projections.CatchUpAsync(projections, ct);
                    if (notifications is not null) await outbox.FlushAsync(ct, lease: notifications);
                    await Task.Delay(Pause, ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                Console.WriteLine("Stopped.");
            }
            finally
            {
                if (projections is not null) await projections.DisposeAsync();
                if (notifications is not null) await notifications.DisposeAsync();
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<IWorkerLease?> AcquireAsync(Hosting.Monitor monitor, string name, CancellationToken ct)
    {
        var lease = await monitor.Store.Leases.TryAcquireAsync(name, ct);
        // Tests and operators watch for this line to know which instance does the work.
        if (lease is not null) Console.WriteLine($"Holding the {name} lease.");
        return lease;
    }
}
