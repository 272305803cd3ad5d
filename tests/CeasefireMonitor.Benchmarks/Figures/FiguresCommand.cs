using System.Globalization;
using System.Runtime.InteropServices;
using CeasefireMonitor.Benchmarks.Corpus;
using CeasefireMonitor.Benchmarks.Replay;

namespace CeasefireMonitor.Benchmarks.Figures;

/// <summary>
/// figures [--runs 5] [--replay-articles 10000] [--replay-runs 5] [--only extraction|appends|rebuild|replay] [--rebuild-store FILE] [--rebuild-warm-up 1] [--rebuild-stale] [--extraction-warm-up 1]:
/// quick Stopwatch measurements of the four goals, printed as a Markdown table for the README; --rebuild-stale adds rebuilds of
/// read models made to differ everywhere (each run after an up-to-date one).
/// </summary>
public static class FiguresCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = CommandOptions.Parse(args, "rebuild-stale");
        options.RejectUnknown("runs", "replay-articles", "replay-runs", "only", "rebuild-store", "rebuild-warm-up", "rebuild-stale", "extraction-warm-up");
        var only = options.Text("only");
        bool Wanted(string measure) => only is null || only == measure;
        var runs = options.Int("runs", 5);
        var (replayArticles, replayRuns) = (options.Int("replay-articles", Goals.ReplayArticles), options.Int("replay-runs", runs));

        var measurements = new List<Measurement>();
        if (Wanted("extraction"))
        {
            Console.WriteLine("Extraction…");
            measurements.AddRange(QuickMeasures.Extraction(runs, options.Int("extraction-warm-up", 1)));
        }

        if (Wanted("appends"))
        {
            Console.WriteLine("Appends…");
            measurements.AddRange(await QuickMeasures.AppendsAsync(runs));
        }

        if (Wanted("rebuild"))
        {
            Console.WriteLine("Rebuild…");
            measurements.AddRange(await QuickMeasures.RebuildAsync(runs, options.Text("rebuild-store"), options.Int("rebuild-warm-up", 1), options.Has("rebuild-stale")));
        }

        if (Wanted("replay"))
        {
            Console.WriteLine("Replay…");
            var replays = await ReplayCommand.RunsAsync(replayArticles, SyntheticCorpus.DefaultSeed, replayRuns, sections: false);
            measurements.InsertRange(0, ReplayCommand.Summarise(replays, replayArticles));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Measured on {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, load average {LoadAverage.Now()}; medians of the runs, each after one warm-up run unless said otherwise (replays: each in a fresh process, no warm-up)."));
        Console.WriteLine();
        Console.WriteLine(Measurement.MarkdownHeader);
        foreach (var measurement in measurements) Console.WriteLine(measurement.MarkdownRow());
        return 0;
    }
}
