using System.CommandLine;
using CeasefireMonitor.Cli.Hosting;

namespace CeasefireMonitor.Cli.Commands;

public static class RebuildCommand
{
    public static Command Create(GlobalOptions options)
    {
        var command = new Command("rebuild", "Drop every read model and derive it again from the event log");
        command.SetAction(async (parse, ct) =>
        {
            await using var monitor = await options.OpenAsync(parse, ct);
            var position = await monitor.Projections.RebuildAsync(ct);
            Console.WriteLine($"Rebuilt the read models from {position} events.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
