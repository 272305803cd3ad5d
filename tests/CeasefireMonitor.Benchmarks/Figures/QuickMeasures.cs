using System.Diagnostics;
using System.Runtime;
using CeasefireMonitor.Benchmarks.Corpus;
using CeasefireMonitor.Benchmarks.Stores;
using CeasefireMonitor.Extraction;

namespace CeasefireMonitor.Benchmarks.Figures;

/// <summary>Stopwatch measurements of extraction, appends and rebuild, each warmed up once and then repeated.</summary>
public static class QuickMeasures
{
    private const int ExtractionArticles = 300;
    private const int BatchedEvents = 20_000, BatchSize = 1_000, SingleEvents = 2_000, Streams = 50, LargeLog = 100_000;
    private const int RebuildArticles = 1_000;

    /// <summary>
    /// Extracts 300 synthetic articles per run after <paramref name="warmUps"/> runs not counted (the dictionary, the gates and the
    /// JIT's first tiers are built then; the tiering compiler keeps recompiling the patterns for several runs on a loaded machine).
    /// </summary>
    public static List<Measurement> Extraction(int runs, int warmUps = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(warmUps, 1);
        var corpus = SyntheticCorpus.Generate(ExtractionArticles);
        var texts = corpus.Select(a => a.ToArticleText()).ToArray();
        var megabytes = SyntheticCorpus.Utf8Bytes(corpus) / 1e6;
        var extractor = ArticleExtractor.CreateDefault();
        var (cpuSeconds, threadSeconds, jitSeconds, allocated) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var seconds = Repeat(runs, warmUps, () =>
        {
            var (started, cpuStarted, jitStarted, allocatedBefore) = (Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime, System.Runtime.JitInfo.GetCompilationTime(), GC.GetTotalAllocatedBytes(precise: true));
            var threadStarted = ThreadProcessorTime.Now();
            foreach (var text in texts) extractor.Extract(text);
            cpuSeconds.Add((Environment.CpuUsage.TotalTime - cpuStarted).TotalSeconds);
            if (ThreadProcessorTime.Now() - threadStarted is { } thread) threadSeconds.Add(thread.TotalSeconds);
            jitSeconds.Add((System.Runtime.JitInfo.GetCompilationTime() - jitStarted).TotalSeconds);
            allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6 / megabytes);
            return Stopwatch.GetElapsedTime(started).TotalSeconds;
        });
        var warmedUp = warmUps == 1 ? "" : $", after {warmUps} warm-up runs";
        // Processor time is what other users of a shared machine disturb least; the first samples are the warm-up.
        List<Measurement> measurements =
        [
            new($"Extraction, one thread ({ExtractionArticles} articles, {megabytes:F2} MB{warmedUp})", "MB/s", [.. seconds.Select(s => megabytes / s)], Goals.ExtractionMegabytesPerSecond),
            new("Extraction, one thread", "articles/s", [.. seconds.Select(s => ExtractionArticles / s)]),
            new("Extraction, per second of processor time", "MB/CPU-s", [.. cpuSeconds.Skip(warmUps).Select(s => megabytes / s)]),
            new("Extraction, processor time per pass (the JIT's background tiering included)", "s", [.. cpuSeconds.Skip(warmUps)], HigherIsBetter: false),
            // At a high load average the tiering thread is still recompiling the patterns for several passes after the warm-up.
            new("Extraction, of which compiling (JIT) per pass", "s", [.. jitSeconds.Skip(warmUps)], HigherIsBetter: false),
            new("Extraction, processor time per pass less the JIT", "s", [.. cpuSeconds.Zip(jitSeconds, (cpu, jit) => cpu - jit).Skip(warmUps)], HigherIsBetter: false),
        ];
        // The extracting thread's own processor time: the runtime's clock of compilations above is elapsed time, which a loaded machine stretches.
        if (threadSeconds.Count > warmUps)
            measurements.AddRange(
            [
                new("Extraction, processor time of the extracting thread per pass", "s", [.. threadSeconds.Skip(warmUps)], HigherIsBetter: false),
                new("Extraction, per second of the extracting thread's processor time", "MB/CPU-s", [.. threadSeconds.Skip(warmUps).Select(s => megabytes / s)], Goals.ExtractionMegabytesPerSecond),
            ]);
        measurements.Add(new("Extraction, allocated per MB of text", "MB", [.. allocated.Skip(warmUps)], HigherIsBetter: false));
        return measurements;
    }

    /// <summary>Appends onto an empty log and onto one of 100,000 events (a 10,000-article replay reaches about 150,000).</summary>
    public static async Task<List<Measurement>> AppendsAsync(int runs)
    {
        var payloads = EventPayloads.FromCorpus();
        var measurements = new List<Measurement>();
        foreach (var logEvents in new[] { 0, LargeLog })
        {
            await using var template = await LogTemplate.CreateAsync(payloads, logEvents);
            var batched = await RepeatAsync(runs, () => AppendAsync(template, payloads, BatchedEvents, BatchSize));
            var single = await RepeatAsync(runs, () => AppendAsync(template, payloads, SingleEvents, 1));
            var onto = logEvents == 0 ? "an empty log" : $"a log of {logEvents:N0} events";
            measurements.Add(new($"Batched appends onto {onto} ({BatchSize:N0} events of {payloads.AverageBytes:N0} B per call)", "events/s", [.. batched.Select(s => BatchedEvents / s)], Goals.BatchedAppendEventsPerSecond));
            measurements.Add(new($"Single-event appends onto {onto} (one call per event)", "events/s", [.. single.Select(s => SingleEvents / s)]));
        }
        return measurements;
    }

    /// <summary>
    /// Rebuilds the log of 1,000 synthetic articles, or a copy of a store (corpus-store writes one) without ingesting anything,
    /// after <paramref name="warmUps"/> rebuilds not counted: the runtime's tiering keeps recompiling hot code for several.
    /// With <paramref name="stale"/>, each run is followed by one whose read models were all made to differ beforehand (the worst
    /// case, every document written), checked to leave the same documents and checkpoints as the up-to-date rebuild.
    /// </summary>
    public static async Task<List<Measurement>> RebuildAsync(int runs, string? storeFile = null, int warmUps = 1, bool stale = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(warmUps, 1);
        await using var scratch = await ScratchStore.CreateAsync(copyOf: storeFile);
        if (storeFile is null)
            foreach (var article in SyntheticCorpus.Stream(RebuildArticles))
                await scratch.Ingestion.IngestAsync(article.ToInput());
        var events = await scratch.Store.Events.GetLastPositionAsync();
        var (upToDate, staleRuns) = (new RebuildSamples(events), new RebuildSamples(events));
        string? rebuilt = null;
        for (var run = 0; run < warmUps + runs; run++)
        {
            await upToDate.MeasureAsync(scratch.Projections);
            if (!stale) continue;
            rebuilt ??= await StaleDocuments.FingerprintAsync(scratch.FilePath);
            await StaleDocuments.MakeStaleAsync(scratch.FilePath);
            await staleRuns.MeasureAsync(scratch.Projections);
            if (await StaleDocuments.FingerprintAsync(scratch.FilePath) != rebuilt)
                throw new InvalidOperationException("The rebuild of stale read models left documents or checkpoints that differ from the up-to-date rebuild's.");
        }

        var warmedUp = warmUps == 1 ? "" : $", after {warmUps} warm-up rebuilds";
        var label = $"{events:N0} events from {(storeFile is null ? $"{RebuildArticles:N0} articles" : Path.GetFileName(storeFile))}{warmedUp}";
        var measurements = upToDate.Rows($"Projection rebuild ({label})", "Projection rebuild", warmUps);
        if (stale) measurements.AddRange(staleRuns.Rows($"Projection rebuild, every document stale ({label})", "Projection rebuild, every document stale", warmUps));
        return measurements;
    }

    // Each run on a fresh copy of the template, so every run appends to a log of the same size.
    private static async Task<double> AppendAsync(LogTemplate template, EventPayloads payloads, int events, int batchSize)
    {
        await using var scratch = await template.OpenCopyAsync();
        var cursor = new StreamCursor("bench", Streams);
        var batches = Enumerable.Range(0, events / batchSize).Select(_ => payloads.Next(batchSize)).ToList();
        var started = Stopwatch.GetTimestamp();
        foreach (var batch in batches) await cursor.AppendAsync(scratch.Store.Events, batch);
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    // The first run warms the JIT and the caches and is not counted.
    private static List<double> Repeat(int runs, Func<double> measure) => Repeat(runs, 1, measure);

    private static List<double> Repeat(int runs, int warmUps, Func<double> measure)
    {
        for (var i = 0; i < warmUps; i++) measure();
        return [.. Enumerable.Range(0, runs).Select(_ => measure())];
    }

    private static async Task<List<double>> RepeatAsync(int runs, Func<Task<double>> measure) => await RepeatAsync(runs, 1, measure);

    private static async Task<List<double>> RepeatAsync(int runs, int warmUps, Func<Task<double>> measure)
    {
        for (var i = 0; i < warmUps; i++) await measure();
        var samples = new List<double>();
        for (var i = 0; i < runs; i++) samples.Add(await measure());
        return samples;
    }
}
