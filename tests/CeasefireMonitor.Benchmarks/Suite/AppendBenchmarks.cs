using BenchmarkDotNet.Attributes;
using CeasefireMonitor.Benchmarks.Stores;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Benchmarks.Suite;

/// <summary>
/// Appends of real serialised events to a SQLite store in a temporary file, one call per event or 1,000 events per call.
/// Every iteration starts from a copy of the same log, empty or as large as a 10,000-article replay makes it.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
[Config(typeof(EventThroughput))]
public class AppendBenchmarks
{
    public const int SingleEvents = 2_000, BatchedEvents = 20_000, BatchSize = 1_000;
    private const int Streams = 50;

    private EventPayloads _payloads = null!;
    private LogTemplate _template = null!;
    private ScratchStore _store = null!;
    private StreamCursor _cursor = null!;
    private List<List<EventData>> _batches = [];

    [Params(0, 100_000)]
    public int LogEvents { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _payloads = EventPayloads.FromCorpus();
        _template = await LogTemplate.CreateAsync(_payloads, LogEvents);
        var parameters = WorkloadLedger.Parameters((nameof(LogEvents), LogEvents));
        WorkloadLedger.Record($"{nameof(AppendBenchmarks)}.{nameof(SingleEventAppends)}", parameters, "events", SingleEvents);
        WorkloadLedger.Record($"{nameof(AppendBenchmarks)}.{nameof(BatchedAppends)}", parameters, "events", BatchedEvents);
    }

    [IterationSetup(Target = nameof(SingleEventAppends))]
    public void SetupSingles() => Prepare(SingleEvents, 1);

    [IterationSetup(Target = nameof(BatchedAppends))]
    public void SetupBatches() => Prepare(BatchedEvents, BatchSize);

    [IterationCleanup]
    public void Cleanup() => _store.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [GlobalCleanup]
    public async Task CleanupAsync() => await _template.DisposeAsync();

    [Benchmark]
    public Task SingleEventAppends() => AppendAllAsync();

    [Benchmark]
    public Task BatchedAppends() => AppendAllAsync();

    private async Task AppendAllAsync()
    {
        foreach (var batch in _batches) await _cursor.AppendAsync(_store.Store.Events, batch);
    }

    // The copy and the payloads are made outside the measurement.
    private void Prepare(int events, int batchSize)
    {
        _store = _template.OpenCopyAsync().GetAwaiter().GetResult();
        _cursor = new StreamCursor("bench", Streams);
        _batches = [.. Enumerable.Range(0, events / batchSize).Select(_ => _payloads.Next(batchSize))];
    }
}
