using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Tests.Support;

namespace CeasefireMonitor.Application.Tests;

public sealed class RebuildTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Rebuild_AfterIncrementalReplay_GivesIdenticalReadModels()
    {
        // Article by article, catching up after each, as the CLI does over several runs.
        foreach (var item in Application.Ingestion.ManifestReader.Read(RepoPaths.Seeds))
        {
            await _store.Ingestion.IngestAsync(item.Input!);
            await _store.Projections.CatchUpAsync();
        }
        var incremental = await ReadModelSnapshot.TakeAsync(_store.Store.ReadModels);
        Assert.True(incremental.Count > ProjectionRunner.All.Count, "the replay produced read models");

        await _store.Projections.RebuildAsync();

        Assert.Equal(incremental, await ReadModelSnapshot.TakeAsync(_store.Store.ReadModels));
    }

    [Fact]
    public async Task CatchUp_AfterReopen_AppliesNothingTwice()
    {
        await _store.ReplayAsync(RepoPaths.Seeds);
        var before = await ReadModelSnapshot.TakeAsync(_store.Store.ReadModels);
        await _store.ReopenAsync();
        await _store.Projections.CatchUpAsync();
        Assert.Equal(before, await ReadModelSnapshot.TakeAsync(_store.Store.ReadModels));
    }
}
