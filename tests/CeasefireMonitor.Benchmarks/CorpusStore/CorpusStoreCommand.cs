using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Benchmarks.Corpus;
using CeasefireMonitor.Benchmarks.Replay;
using CeasefireMonitor.Extraction;

namespace CeasefireMonitor.Benchmarks.CorpusStore;

/// <summary>
/// corpus-store --out FILE [--articles 1000] [--seed 1729]: ingests the synthetic corpus into a new SQLite store and catches the
/// projections up, so `ceasefire rebuild --store COPY` of two builds can be timed, profiled and their read models compared.
/// </summary>
public static class CorpusStoreCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = CommandOptions.Parse(args);
        options.RejectUnknown("out", "articles", "seed");
        var path = options.Text("out") ?? throw new ArgumentException("corpus-store needs --out FILE");
        if (File.Exists(path)) throw new ArgumentException($"{path}: already exists; corpus-store writes a new store");
        await using var store = await MonitorStore.OpenAsync(path);
        var ingestion = new IngestionService(store, ArticleExtractor.CreateDefault(), TimeProvider.System, Serilog.Core.Logger.None);
        foreach (var article in SyntheticCorpus.Stream(options.Int("articles", 1_000), options.Int("seed", SyntheticCorpus.DefaultSeed)))
            await ingestion.IngestAsync(article.ToInput());
        await new ProjectionRunner(store, Serilog.Core.Logger.None).CatchUpAsync();
        Console.WriteLine($"{path}: {await store.Events.GetLastPositionAsync():N0} events");
        return 0;
    }
}
