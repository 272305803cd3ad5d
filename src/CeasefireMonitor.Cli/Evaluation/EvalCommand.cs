using System.CommandLine;
using System.Text.Json;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Cli.Hosting;
using CeasefireMonitor.Extraction;

namespace CeasefireMonitor.Cli.Evaluation;

/// <summary>`ceasefire eval DIR`: the extractor's precision, recall and F1 on a gold-annotated set, the traps it took, its worst articles.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "A folder of NNN-slug.txt articles with NNN-slug.gold.json annotations (or a folder holding articles/)" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var minF1 = new Option<double?>("--min-f1") { Description = "Exit 1 when the overall F1 on required events is below this (0-1)" };
        var worst = new Option<int>("--worst") { Description = "How many of the worst articles to list", DefaultValueFactory = _ => 5 };
        var command = new Command("eval", "Score the extractor against a gold-annotated article set") { dir, json, minF1, worst };
        command.SetAction(parse =>
        {
            var threshold = parse.GetValue(minF1);
            if (threshold is < 0 or > 1) { Console.Error.WriteLine($"error: --min-f1 must be between 0 and 1, got {threshold}"); return ExitCodes.UsageError; }
            IReadOnlyList<EvalArticle> articles;
            try { articles = EvalSet.Load(parse.GetValue(dir)!); }
            catch (InvalidDataException ex) { Console.Error.WriteLine($"error: {ex.Message}"); return ExitCodes.UsageError; }
            EvalReport report;
            try { report = EvalReport.Run(articles, ArticleExtractor.CreateDefault()); }
            catch (InvalidDataException ex) { Console.Error.WriteLine($"error: {ex.Message}"); return ExitCodes.UsageError; }
            var count = Math.Max(0, parse.GetValue(worst));
            if (parse.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(EvalJson.From(report, count), EventJson.Indented));
            else EvalText.Write(report, count);
            if (threshold is not { } t || report.Overall.F1 >= t) return ExitCodes.Ok;
            Console.Error.WriteLine($"error: F1 {report.Overall.F1:0.000} is below --min-f1 {t:0.000}");
            return ExitCodes.InputRejected;
        });
        return command;
    }
}
