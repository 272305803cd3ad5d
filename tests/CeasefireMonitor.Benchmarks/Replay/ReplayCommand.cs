using System.Globalization;
using CeasefireMonitor.Benchmarks.Corpus;
using CeasefireMonitor.Benchmarks.Figures;

namespace CeasefireMonitor.Benchmarks.Replay;

/// <summary>
/// replay [--articles 10000] [--runs 3] [--seed N] [--sections]: the macro benchmark, each run in its own process,
/// with the median of the runs compared to the goals.
/// </summary>
public static class ReplayCommand
{
    public const string ChildVerb = "replay-run";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = CommandOptions.Parse(args, "sections");
        options.RejectUnknown("articles", "runs", "seed", "sections");
        var (articles, runs, seed) = (options.Int("articles", Goals.ReplayArticles), options.Int("runs", 3), options.Int("seed", SyntheticCorpus.DefaultSeed));
        Console.WriteLine($"Replay of {articles:N0} synthetic articles (seed {seed}) into a fresh SQLite store, {runs} run(s), each in its own process");
        var results = await RunsAsync(articles, seed, runs, options.Has("sections"));
        Console.WriteLine();
        Console.WriteLine(Measurement.MarkdownHeader);
        foreach (var measurement in Summarise(results, articles)) Console.WriteLine(measurement.MarkdownRow());
        return 0;
    }

    public static async Task<int> RunChildAsync(string[] args)
    {
        var options = CommandOptions.Parse(args, "sections");
        options.RejectUnknown("articles", "seed", "sections");
        var result = await ReplayRun.ExecuteAsync(options.Int("articles", Goals.ReplayArticles), options.Int("seed", SyntheticCorpus.DefaultSeed), options.Has("sections"), Console.Out);
        ChildProcess.Report(result);
        return 0;
    }

    public static async Task<List<ReplayResult>> RunsAsync(int articles, int seed, int runs, bool sections)
    {
        var results = new List<ReplayResult>();
        for (var run = 1; run <= runs; run++)
        {
            Console.WriteLine($"Run {run} of {runs}");
            var result = await ChildProcess.ReplayAsync(articles, seed, sections);
            results.Add(result);
            Print(run, result);
        }
        return results;
    }

    /// <summary>The replay's figures; the time goal scales with the article count, the memory goal does not.</summary>
    public static List<Measurement> Summarise(IReadOnlyList<ReplayResult> results, int articles)
    {
        var n = articles.ToString("N0", CultureInfo.InvariantCulture);
        return
        [
            new($"Replay {n} articles: wall time (ingest + catch-up)", "s", [.. results.Select(r => r.WallSeconds)], Goals.ReplaySeconds * articles / Goals.ReplayArticles, HigherIsBetter: false),
            new($"Replay {n} articles: peak working set", "MB", [.. results.Select(r => r.PeakWorkingSetMegabytes)], Goals.ReplayPeakMegabytes, HigherIsBetter: false),
            new($"Replay {n} articles: articles/s", "articles/s", [.. results.Select(r => r.ArticlesPerSecond)]),
            new($"Replay {n} articles: events/s", "events/s", [.. results.Select(r => r.EventsPerSecond)]),
            new($"Replay {n} articles: GC allocated", "MB", [.. results.Select(r => r.AllocatedMegabytes)]),
        ];
    }

    private static void Print(int run, ReplayResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"Run {run}: {r.Articles:N0} articles ({r.CorpusBytes / 1e6:F1} MB, {r.Rejected} rejected), {r.Events:N0} events appended"));
        Console.WriteLine(string.Create(inv, $"  wall {r.WallSeconds:F1} s (ingest {r.IngestSeconds:F1} s + catch-up {r.CatchUpSeconds:F1} s; generating the corpus took {r.GenerationSeconds:F1} s more)"));
        Console.WriteLine(string.Create(inv, $"  {r.ArticlesPerSecond:N1} articles/s, {r.EventsPerSecond:N0} events/s, peak working set {r.PeakWorkingSetMegabytes:N0} MB ({r.PeakWorkingSetAfterIngestBytes / 1e6:N0} MB before the catch-up), GC allocated {r.AllocatedMegabytes:N0} MB"));
        foreach (var (name, m) in new[] { ("ingestion", r.IngestMemory), ("catch-up", r.CatchUpMemory) })
            Console.WriteLine(string.Create(inv, $"  {name}: sampled peak working set {m.WorkingSetBytes / 1e6:N0} MB = GC committed {m.GcCommittedBytes / 1e6:N0} MB (heap {m.HeapBytes / 1e6:N0} MB in use) + {m.OutsideGcBytes / 1e6:N0} MB outside the GC; largest heap {m.PeakHeapBytes / 1e6:N0} MB"));
        if (r.RetainedAfterIngestBytes is { } ingested && r.RetainedAfterCatchUpBytes is { } caughtUp)
            Console.WriteLine(string.Create(inv, $"  managed heap still reachable: {ingested / 1e6:N0} MB after ingestion, {caughtUp / 1e6:N0} MB after the catch-up"));
        foreach (var s in r.Sections)
            Console.WriteLine(string.Create(inv, $"    {s.Seconds,8:F1} s  {s.Seconds / r.WallSeconds,6:P0}  {s.Name}{(s.Count > 0 ? $" ({s.Count:N0} {s.Unit})" : "")}"));
    }
}
