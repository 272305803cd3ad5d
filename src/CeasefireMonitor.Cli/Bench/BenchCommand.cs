using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Extraction;
using CeasefireMonitor.Store.Port;
using Serilog;

namespace CeasefireMonitor.Cli.Bench;

/// <summary>
/// `ceasefire bench`: measures extraction, appends, rebuild and a full replay of synthetic articles on a temporary
/// SQLite store, each the median of several runs, and prints a Markdown table with the ratio to each goal.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "Synthetic articles in the replay", DefaultValueFactory = _ => 10_000 };
        var runs = new Option<int>("--runs") { Description = "Runs of each measurement (the median is reported)", DefaultValueFactory = _ => 5 };
        var command = new Command("bench", "Measure extraction, appends, rebuild and replay on synthetic data; prints medians") { articles, runs };
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(runs);
            var folder = Directory.CreateTempSubdirectory("cm-bench-").FullName;
            try
            {
                var rows = new List<string>();
                var (replaySeconds, events, peakMb) = await ReplayAsync(folder, parse.GetValue(articles), ct);
                rows.Add(Row($"replay of {parse.GetValue(articles):N0} articles (s)", replaySeconds, 60, lowerIsBetter: true));
                rows.Add(Row("peak working set during replay (MB)", peakMb, 300, lowerIsBetter: true));
                var extraction = Median(n, Extraction);
                rows.Add(Row("extraction (MB/s, one core)", extraction.MbPerSecond, 5));
                rows.Add(Row("extraction (articles/s, one core)", extraction.ArticlesPerSecond, 0));
                rows.Add(Row("batched appends, 1,000 per append (events/s)", await MedianAsync(n, () => AppendsAsync(folder, 1_000, 50, ct)), 50_000));
                rows.Add(Row("single-event appends (events/s)", await MedianAsync(n, () => AppendsAsync(folder, 1, 1_000, ct)), 0));
                rows.Add(Row($"projection rebuild of {events:N0} events (events/s)", await MedianAsync(n, () => RebuildAsync(folder, ct)), 200_000));
                Console.WriteLine($"| measurement (median of {n}) | figure | goal | ratio to goal |");
                Console.WriteLine("|---|---:|---:|---:|");
                rows.ForEach(Console.WriteLine);
                return 0;
            }
            finally { Directory.Delete(folder, recursive: true); }
        });
        return command;
    }

    private static string Row(string name, double value, double goal, bool lowerIsBetter = false) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {value:N1} | {(goal > 0 ? goal.ToString("N0", CultureInfo.InvariantCulture) : "–")} | {(goal > 0 ? (lowerIsBetter ? goal / value : value / goal).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "–")} |");

    private static async Task<(double Seconds, long Events, double PeakMb)> ReplayAsync(string folder, int count, CancellationToken ct)
    {
        await using var store = await MonitorStore.OpenAsync(Path.Combine(folder, "replay.db"), ct);
        var ingestion = new IngestionService(store, ArticleExtractor.CreateDefault(), TimeProvider.System, Log.Logger);
        var clock = Stopwatch.StartNew();
        var i = 0;
        foreach (var (text, published) in SyntheticCorpus.Generate(count))
            await ingestion.IngestAsync(new ArticleInput($"synthetic-{i++}", Encoding.UTF8.GetBytes(text), published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ct);
        await new ProjectionRunner(store, Log.Logger).CatchUpAsync(ct);
        var seconds = clock.Elapsed.TotalSeconds;
        return (seconds, await store.Events.GetLastPositionAsync(ct), Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0);
    }

    private static (double MbPerSecond, double ArticlesPerSecond) Extraction()
    {
        var corpus = SyntheticCorpus.Generate(400, seed: 7).ToList();
        var bytes = corpus.Sum(a => Encoding.UTF8.GetByteCount(a.Text));
        var extractor = ArticleExtractor.CreateDefault();
        var clock = Stopwatch.StartNew();
        foreach (var (text, published) in corpus) extractor.Extract(new ArticleText("bench", text, published));
        var seconds = clock.Elapsed.TotalSeconds;
        return (bytes / 1024.0 / 1024.0 / seconds, corpus.Count / seconds);
    }

    private static async Task<double> AppendsAsync(string folder, int batch, int appends, CancellationToken ct)
    {
        var path = Path.Combine(folder, $"appends-{Guid.NewGuid():N}.db");
        await using var store = await Store.Sqlite.SqliteEventStore.OpenAsync(path, ct);
        var payload = Encoding.UTF8.GetBytes(new string('x', 400));
        var clock = Stopwatch.StartNew();
        for (var a = 0; a < appends; a++)
            await store.AppendAsync($"stream-{a % 100}", ExpectedRevision.Any, [.. Enumerable.Range(0, batch).Select(_ => new EventData(Guid.NewGuid(), "V1.Bench", payload))], ct);
        return batch * appends / clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> RebuildAsync(string folder, CancellationToken ct)
    {
        await using var store = await MonitorStore.OpenAsync(Path.Combine(folder, "replay.db"), ct);
        var clock = Stopwatch.StartNew();
        var position = await new ProjectionRunner(store, Log.Logger).RebuildAsync(ct);
        return position / clock.Elapsed.TotalSeconds;
    }

    private static (double MbPerSecond, double ArticlesPerSecond) Median(int runs, Func<(double, double)> measure)
    {
        var results = Enumerable.Range(0, runs).Select(_ => measure()).ToList();
        return (MedianOf(results.Select(r => r.Item1)), MedianOf(results.Select(r => r.Item2)));
    }

    private static async Task<double> MedianAsync(int runs, Func<Task<double>> measure)
    {
        var results = new List<double>();
        for (var i = 0; i < runs; i++) results.Add(await measure());
        return MedianOf(results);
    }

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
