using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Extraction;
using Serilog;

namespace CeasefireMonitor.Messaging.Tests.Support;

/// <summary>A store in a temporary folder with ingestion over it.</summary>
public sealed class TestMonitor : IAsyncDisposable
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    private TestMonitor(string folder, MonitorStore store)
    {
        Folder = folder;
        Store = store;
        Ingestion = new IngestionService(store, Extractor, TimeProvider.System, Log.Logger);
    }

    public string Folder { get; }
    public MonitorStore Store { get; }
    public IngestionService Ingestion { get; }

    public static string Seeds { get; } = FindSeeds();

    public static IReadOnlyList<SourceItem> SeedItems => ManifestReader.Read(Seeds);

    public static async Task<TestMonitor> CreateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("cm-msg-").FullName;
        return new TestMonitor(folder, await MonitorStore.OpenAsync(Path.Combine(folder, "store.db")));
    }

    public async Task IngestAsync(IEnumerable<SourceItem> items)
    {
        foreach (var item in items) await Ingestion.IngestAsync(item.Input!);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CeasefireMonitor.sln"))) return Path.Combine(dir.FullName, "seeds");
        throw new InvalidOperationException("CeasefireMonitor.sln not found above the test assembly");
    }
}
