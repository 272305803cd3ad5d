using System.CommandLine;
using System.Text.Json;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Cli.Hosting;
using CeasefireMonitor.Cli.Output;
using Spectre.Console;

namespace CeasefireMonitor.Cli.Commands;

public static class TimelineCommand
{
    public static Command Create(GlobalOptions options)
    {
        var phase = new Argument<string>("phase") { Description = "Phase id, as `status` prints it" };
        var json = new Option<bool>("--json") { Description = "Print the timeline as JSON" };
        var command = new Command("timeline", "Print a phase's events with their evidence; one real event reported by several articles is one entry") { phase, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var monitor = await options.OpenAsync(parse, ct);
            await monitor.Projections.CatchUpAsync(ct);
            var id = parse.GetValue(phase)!;
            if (await monitor.Phases.TimelineAsync(id, ct) is not { } timeline) { Console.Error.WriteLine($"error: no phase '{id}' (see `ceasefire status`)"); return ExitCodes.UsageError; }
            if (parse.GetValue(json)) { Console.WriteLine(JsonSerializer.Serialize(timeline, EventJson.Indented)); return ExitCodes.Ok; }
            var table = new Table().AddColumns("Date", "Type", "Actors", "Sources", "Evidence");
            foreach (var e in timeline.Entries)
                table.AddRow(new Text(e.OccurredOn.ToString() + (e.IsBackground ? " (background)" : "")), new Text(e.Type.ToString()), new Text(string.Join(", ", e.Actors)),
                    new Text(e.Sources.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Text(FactTable.Shorten(e.Sources[0].Sentence, 80)));
            AnsiConsole.Write(table);
            if (await monitor.Phases.CasualtiesAsync(id, ct) is { } tally)
                AnsiConsole.WriteLine($"Casualties: killed {tally.Killed?.Figure.Qualifier} {tally.Killed?.Figure.Count}, injured {tally.Injured?.Figure.Qualifier} {tally.Injured?.Figure.Count} ({tally.Reports} reports)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
