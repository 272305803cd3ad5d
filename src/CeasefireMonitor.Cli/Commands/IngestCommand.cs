using System.CommandLine;
using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Cli.Hosting;

namespace CeasefireMonitor.Cli.Commands;

public static class IngestCommand
{
    public static Command Create(GlobalOptions options)
    {
        var file = new Argument<string>("file") { Description = "An article text file, or a .jsonl file of news-please articles (title, maintext, date_publish, url, source_domain)" };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD (required for a text file)" };
        var title = new Option<string?>("--title") { Description = "Headline" };
        var source = new Option<string?>("--source") { Description = "Outlet" };
        var dateOrder = new Option<string?>("--date-order") { Description = "How the outlet writes numeric dates: DayFirst or MonthFirst" };
        var command = new Command("ingest", "Ingest one article, or every line of a JSON-lines file") { file, published, title, source, dateOrder };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) { Console.Error.WriteLine($"error: {path}: no such file"); return ExitCodes.InputRejected; }
            var isJsonLines = path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
            if (!isJsonLines && parse.GetValue(published) is null) { Console.Error.WriteLine($"error: {path}: --published YYYY-MM-DD is required for a text file"); return ExitCodes.UsageError; }
            await using var monitor = await options.OpenAsync(parse, ct);
            IReadOnlyList<SourceItem> items = isJsonLines
                ? [.. JsonLinesReader.Read(path)]
                : [ArticleFile.Read(path, parse.GetValue(published), parse.GetValue(title), parse.GetValue(source), DateOrders.Parse(parse.GetValue(dateOrder)))];
            return await IngestLoop.RunAsync(monitor, items, quiet: false, ct);
        });
        return command;
    }
}
