using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CeasefireMonitor.Application.Queries;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Cli.Hosting;
using CeasefireMonitor.Cli.Output;

namespace CeasefireMonitor.Cli.Commands;

public static class StatusCommand
{
    public static Command Create(GlobalOptions options)
    {
        var knownAt = new Option<string?>("--known-at") { Description = "Show what was known on this day (YYYY-MM-DD): only articles published by then count" };
        var json = new Option<bool>("--json") { Description = "Print {\"phases\":[…]} as JSON" };
        var command = new Command("status", "Print the status of every conflict phase") { knownAt, json };
        command.SetAction(async (parse, ct) =>
        {
            DateOnly? at = null;
            if (parse.GetValue(knownAt) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                { Console.Error.WriteLine($"error: --known-at '{text}' is not a date of the form YYYY-MM-DD"); return ExitCodes.UsageError; }
                at = parsed;
            }
            await using var monitor = await options.OpenAsync(parse, ct);
            await monitor.Projections.CatchUpAsync(ct);
            var phases = at is { } day ? await monitor.Phases.KnownAtAsync(day, ct) : await monitor.Phases.CurrentAsync(ct);
            if (parse.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(StatusJson.From(phases), EventJson.Indented));
            else StatusTable.Write(phases);
            return ExitCodes.Ok;
        });
        return command;
    }
}
