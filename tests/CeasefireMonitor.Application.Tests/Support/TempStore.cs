using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Queries;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Extraction;
using Serilog;

namespace CeasefireMonitor.Application.Tests.Support;

/// <summary>A monitor on a fresh SQLite file in its own temporary folder, deleted afterwards, or on the store at Location.</summary>
public sealed class TempStore : IAsyncLifetime
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    public string Folder { get; } = Directory.CreateTempSubdirectory("cm-app-").FullName;
    public string Path => System.IO.Path.Combine(Folder, "store.db");
    public MonitorStore Store { get; private set; } = null!;
    public IngestionService Ingestion { get; private set; } = null!;
    public ProjectionRunner Projections { get; private set; } = null!;
    public PhaseQueries Phases { get; private set; } = null!;
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    /// <summary>Another --store value (a PostgreSQL schema); null for the SQLite file at Path.</summary>
    public string? Location { get; init; }

    public async Task InitializeAsync() => await OpenAsync();

    public async Task OpenAsync()
    {
        Store = await MonitorStore.OpenAsync(Location ?? Path);
        Ingestion = new IngestionService(Store, Extractor, Clock, Log.Logger);
        Projections = new ProjectionRunner(Store, Log.Logger);
        Phases = new PhaseQueries(Store);
    }

    public async Task ReopenAsync()
    {
        await Store.DisposeAsync();
        await OpenAsync();
    }

    public async Task<IReadOnlyList<IngestOutcome>> ReplayAsync(string folder)
    {
        var outcomes = new List<IngestOutcome>();
        foreach (var item in ManifestReader.Read(folder))
            outcomes.Add(item.Input is { } input ? await Ingestion.IngestAsync(input) : await Ingestion.RejectAsync(item));
        await Projections.CatchUpAsync();
        return outcomes;
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
