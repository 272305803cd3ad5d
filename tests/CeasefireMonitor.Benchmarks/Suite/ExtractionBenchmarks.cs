using BenchmarkDotNet.Attributes;
using CeasefireMonitor.Benchmarks.Corpus;
using CeasefireMonitor.Extraction;

namespace CeasefireMonitor.Benchmarks.Suite;

/// <summary>Extraction of a synthetic corpus on one thread, so MB/s is per core.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
[Config(typeof(ExtractionThroughput))]
public class ExtractionBenchmarks
{
    private readonly ArticleExtractor _extractor = ArticleExtractor.CreateDefault();
    private ArticleText[] _articles = [];

    [Params(200)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = SyntheticCorpus.Generate(Articles);
        _articles = [.. corpus.Select(a => a.ToArticleText())];
        var (name, parameters) = ($"{nameof(ExtractionBenchmarks)}.{nameof(ExtractCorpus)}", WorkloadLedger.Parameters((nameof(Articles), Articles)));
        WorkloadLedger.Record(name, parameters, "MB", SyntheticCorpus.Utf8Bytes(corpus) / 1e6);
        WorkloadLedger.Record(name, parameters, "articles", Articles);
    }

    [Benchmark]
    public int ExtractCorpus()
    {
        var facts = 0;
        foreach (var article in _articles) facts += _extractor.Extract(article).Count;
        return facts;
    }
}
