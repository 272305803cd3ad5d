using BenchmarkDotNet.Attributes;
using CeasefireMonitor.Benchmarks.Corpus;
using CeasefireMonitor.Benchmarks.Stores;

namespace CeasefireMonitor.Benchmarks.Suite;

/// <summary>Rebuilding every projection from a log filled once by ingesting a synthetic corpus.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
[Config(typeof(EventThroughput))]
public class RebuildBenchmarks
{
    private ScratchStore _store = null!;

    [Params(1_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _store = await ScratchStore.CreateAsync();
        foreach (var article in SyntheticCorpus.Stream(Articles))
            await _store.Ingestion.IngestAsync(article.ToInput());
        var events = await _store.Store.Events.GetLastPositionAsync();
        WorkloadLedger.Record($"{nameof(RebuildBenchmarks)}.{nameof(Rebuild)}", WorkloadLedger.Parameters((nameof(Articles), Articles)), "events", events);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _store.DisposeAsync();

    [Benchmark]
    public async Task<long> Rebuild() => await _store.Projections.RebuildAsync();
}
