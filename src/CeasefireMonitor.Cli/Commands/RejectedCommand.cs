using System.CommandLine;
using System.Text.Json;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Cli.Hosting;
using Spectre.Console;

namespace CeasefireMonitor.Cli.Commands;

public static class RejectedCommand
{
    public static Command Create(GlobalOptions options)
    {
        var json = new Option<bool>("--json") { Description = "Print the rejected inputs as JSON" };
        var command = new Command("rejected", "List the inputs that were rejected, with the reason") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var monitor = await options.OpenAsync(parse, ct);
            var rejected = await monitor.Rejections.AllAsync(ct);
            if (parse.GetValue(json)) { Console.WriteLine(JsonSerializer.Serialize(rejected, EventJson.Indented)); return ExitCodes.Ok; }
            var table = new Table().AddColumns("Input", "Reason", "Recorded");
            foreach (var r in rejected) table.AddRow(new Text(r.Input), new Text(r.Reason), new Text(r.RecordedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture)));
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
