using System.Diagnostics;
using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Benchmarks.Corpus;
using CeasefireMonitor.Benchmarks.Stores;
using CeasefireMonitor.Extraction;

namespace CeasefireMonitor.Benchmarks.Replay;

/// <summary>
/// Ingests a synthetic corpus article by article into a fresh store, as the CLI does, then catches the projections up.
/// Articles are generated lazily and their generation is timed apart, so neither the corpus nor its making is measured.
/// </summary>
public static class ReplayRun
{
    private const int ProgressEvery = 1_000;

    /// <param name="sections">Also time the store calls and, by a second extraction of each article outside the ingestion timer, extraction.</param>
    public static async Task<ReplayResult> ExecuteAsync(int articles, int seed, bool sections, TextWriter progress)
    {
        var timings = sections ? new StoreTimings() : null;
        using var memory = new MemorySampler();
        await using var scratch = await ScratchStore.CreateAsync(timings);
        var extraction = new Section("extraction (timed apart, second run of each article)", "facts");
        var (generation, ingest) = (new Stopwatch(), new Stopwatch());
        long bytes = 0, generationAllocated = 0;
        var rejected = 0;
        using var corpus = SyntheticCorpus.Stream(articles, seed).GetEnumerator();
        for (var done = 0; ; done++)
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            generation.Start();
            var article = corpus.MoveNext() ? corpus.Current : null;
            var input = article?.ToInput();
            generation.Stop();
            generationAllocated += GC.GetTotalAllocatedBytes() - allocatedBefore;
            if (article is null || input is null) break;
            bytes += input.Content.Length;
            if (sections) TimeExtraction(article, extraction);
            ingest.Start();
            var outcome = await scratch.Ingestion.IngestAsync(input);
            ingest.Stop();
            if (outcome.Status != IngestStatus.Ingested) rejected++;
            if ((done + 1) % ProgressEvery == 0)
                await progress.WriteLineAsync($"  {done + 1,7:N0} articles ingested in {ingest.Elapsed.TotalSeconds,6:F1} s");
        }

        var peakAfterIngest = PeakWorkingSet();
        var ingestMemory = memory.Peak;
        // Forced collections show what stays reachable; they run outside the timers, and only when profiling.
        long? retainedAfterIngest = sections ? GC.GetTotalMemory(forceFullCollection: true) : null;
        memory.Restart();
        var catchUp = Stopwatch.StartNew();
        await scratch.Projections.CatchUpAsync();
        catchUp.Stop();
        var events = await scratch.Store.Events.GetLastPositionAsync();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - generationAllocated;
        var peak = PeakWorkingSet();
        var catchUpMemory = memory.Peak;
        long? retainedAfterCatchUp = sections ? GC.GetTotalMemory(forceFullCollection: true) : null;
        return new ReplayResult(articles, rejected, events, bytes, generation.Elapsed.TotalSeconds, ingest.Elapsed.TotalSeconds, catchUp.Elapsed.TotalSeconds,
            peakAfterIngest, peak, allocated, retainedAfterIngest, retainedAfterCatchUp, ingestMemory, catchUpMemory, timings is null ? [] : Sections(timings, extraction, ingest.Elapsed, catchUp.Elapsed));
    }

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static void TimeExtraction(SyntheticArticle article, Section extraction)
    {
        var started = Stopwatch.GetTimestamp();
        var facts = ArticleExtractor.CreateDefault().Extract(article.ToArticleText());
        extraction.Add(started, facts.Count);
    }

    private static List<SectionResult> Sections(StoreTimings timings, Section extraction, TimeSpan ingest, TimeSpan catchUp)
    {
        List<Section> ingestion = [extraction, timings.StreamReads, timings.StreamFolding, timings.Appends];
        List<Section> projections = [timings.LogReads, timings.LogDeserialising, timings.DocumentLoads, timings.DocumentCommits];
        return
        [
            .. ingestion.Select(Result),
            new("rest of ingestion (validation, deciding, serialising events, logging)", (ingest - Sum(ingestion)).TotalSeconds, 0, ""),
            .. projections.Select(Result),
            new("rest of catch-up (projections' Apply, serialising documents)", (catchUp - Sum(projections)).TotalSeconds, 0, ""),
        ];
    }

    private static SectionResult Result(Section s) => new(s.Name, s.Elapsed.TotalSeconds, s.Events, s.Unit);

    private static TimeSpan Sum(IEnumerable<Section> sections) => sections.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);
}
