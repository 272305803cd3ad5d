using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Extraction;

namespace CeasefireMonitor.Benchmarks.Stores;

/// <summary>A monitor on a fresh SQLite file in its own temporary folder, deleted on dispose.</summary>
public sealed class ScratchStore : IAsyncDisposable
{
    private const string FileName = "store.db";

    private readonly string _folder;

    private ScratchStore(string folder, MonitorStore store)
    {
        _folder = folder;
        Store = store;
        Ingestion = new IngestionService(store, ArticleExtractor.CreateDefault(), TimeProvider.System, Serilog.Core.Logger.None);
        Projections = new ProjectionRunner(store, Serilog.Core.Logger.None);
    }

    public MonitorStore Store { get; }

    public IngestionService Ingestion { get; }

    public ProjectionRunner Projections { get; }

    public string FilePath => Path.Combine(_folder, FileName);

    /// <summary>Opens the store as the CLI does, on a new file or on a copy of a closed one; with timings, every store call is timed into them.</summary>
    public static async Task<ScratchStore> CreateAsync(StoreTimings? timings = null, string? copyOf = null)
    {
        var folder = Directory.CreateTempSubdirectory("cm-bench-").FullName;
        if (copyOf is not null) File.Copy(copyOf, Path.Combine(folder, FileName));
        if (copyOf is not null && File.Exists(copyOf + "-wal")) File.Copy(copyOf + "-wal", Path.Combine(folder, FileName + "-wal"));
        var opened = await MonitorStore.OpenAsync(Path.Combine(folder, FileName));
        return timings is null
            ? new ScratchStore(folder, opened)
            : new ScratchStore(folder, new MonitorStore(new TimedEventStore(opened.Events, timings), new TimedReadModelStore(opened.ReadModels, timings), opened.Description, opened.Leases));
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
