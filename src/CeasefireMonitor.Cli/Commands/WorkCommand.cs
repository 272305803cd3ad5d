using System.CommandLine;
using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Cli.Hosting;
using CeasefireMonitor.Messaging.Dispatch;

namespace CeasefireMonitor.Cli.Commands;

/// <summary>
/// The worker role of an instance: keeps the read models and the notifications up to date until stopped. Each job runs
/// only while this instance holds its lease (<see cref="LeasedJob"/>); the others retry every second, so one takes over when the holder dies
/// or its lease's session ends.
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
            await using var projections = new LeasedJob(ProjectionRunner.LeaseName, monitor.Store.Leases, (lease, c) => monitor.Projections.CatchUpAsync(lease, c));
            await using var notifications = new LeasedJob(NotificationDispatcher.CheckpointName, monitor.Store.Leases, (lease, c) => outbox.FlushAsync(c, lease: lease));
            try
            {
                while (!ct.IsCancellationRequested)
                {
                    await projections.RunAsync(ct);
                    await notifications.RunAsync(ct);
                    await Task.Delay(Pause, ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                Console.WriteLine("Stopped.");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
