using System.CommandLine;
using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Cli.Hosting;
using CeasefireMonitor.Cli.Output;

namespace CeasefireMonitor.Cli.Commands;

public static class ReplayCommand
{
    public static Command Create(GlobalOptions options)
    {
        var path = new Argument<string>("path") { Description = "Folder holding manifest.json and the articles it names", DefaultValueFactory = _ => "seeds" };
        var command = new Command("replay", "Ingest a folder of articles in publication order, then print the status of every phase") { path };
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(path)!;
            IReadOnlyList<SourceItem> items;
            try { items = ManifestReader.Read(folder); }
            catch (InvalidDataException ex) { Console.Error.WriteLine($"error: {ex.Message}"); return ExitCodes.UsageError; }
            await using var monitor = await options.OpenAsync(parse, ct);
            var code = await IngestLoop.RunAsync(monitor, items, quiet: false, ct);
            if (code == ExitCodes.StoreUnavailable) return code;
            Console.WriteLine();
            StatusTable.Write(await monitor.Phases.CurrentAsync(ct));
            return code;
        });
        return command;
    }
}
