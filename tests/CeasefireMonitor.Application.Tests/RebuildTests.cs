using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Tests.Support;

namespace CeasefireMonitor.Application.Tests;

public sealed class RebuildTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    private async Task<List<string>> SnapshotAsync()
    {
        var snapshot = new List<string>();
        foreach (var projection in ProjectionRunner.All)
        {
            snapshot.Add($"{projection.Name}@{await _store.Store.ReadModels.GetCheckpointAsync(projection.Name)}");
            snapshot.AddRange((await _store.Store.ReadModels.LoadAllAsync(projection.Name)).OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}={d.Json}"));
        }
        return snapshot;
    }

    [Fact]
    public async Task Rebuild_AfterIncrementalReplay_GivesIdenticalReadModels()
    {
        // Article by article, catching up after each, as the CLI does over several runs.
        foreach (var item in Application.Ingestion.ManifestReader.Read(RepoPaths.Seeds))
        {
            await _store.Ingestion.IngestAsync(item.Input!);
            await _store.Projections.CatchUpAsync();
        }
        var incremental = await SnapshotAsync();
        Assert.True(incremental.Count > ProjectionRunner.All.Count, "the replay produced read models");

        await _store.Projections.RebuildAsync();

        Assert.Equal(incremental, await SnapshotAsync());
    }

    [Fact]
    public async Task CatchUp_AfterReopen_AppliesNothingTwice()
    {
        await _store.ReplayAsync(RepoPaths.Seeds);
        var before = await SnapshotAsync();
        await _store.ReopenAsync();
        await _store.Projections.CatchUpAsync();
        Assert.Equal(before, await SnapshotAsync());
    }
}
