using System.CommandLine;
using System.Text.Json;
using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Cli.Hosting;
using CeasefireMonitor.Cli.Output;
using CeasefireMonitor.Extraction;

namespace CeasefireMonitor.Cli.Commands;

/// <summary>A dry run of the extractor: prints the events an article gives, stores nothing.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "An article text file" };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD", Required = true };
        var dateOrder = new Option<string?>("--date-order") { Description = "DayFirst or MonthFirst" };
        var json = new Option<bool>("--json") { Description = "Print the events as a JSON array" };
        var command = new Command("extract", "Print the events the extractor reads in an article, without storing anything") { file, published, dateOrder, json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) { Console.Error.WriteLine($"error: {path}: no such file"); return ExitCodes.InputRejected; }
            var item = ArticleFile.Read(path, parse.GetValue(published), null, null, DateOrders.Parse(parse.GetValue(dateOrder)));
            if (item.Input is null) { Console.Error.WriteLine($"error: {path}: {item.Error}"); return ExitCodes.InputRejected; }
            var (article, reason) = ArticleValidator.Validate(item.Input, DateOnly.FromDateTime(DateTime.UtcNow));
            if (article is null) { Console.Error.WriteLine($"error: {path}: {reason}"); return ExitCodes.InputRejected; }
            var facts = ArticleExtractor.CreateDefault().Extract(new ArticleText(article.ArticleId, article.Text, article.PublishedOn, null, item.Input.DateOrder));
            if (parse.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(facts.Select(FactJson.From), EventJson.Indented));
            else
                FactTable.Write(facts);
            return ExitCodes.Ok;
        });
        return command;
    }
}
