using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Application.Tests.Support;
using CeasefireMonitor.Store.Port;
using Serilog;

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
    public async Task Rebuild_DocumentNoEventGives_IsRemoved()
    {
        await _store.ReplayAsync(RepoPaths.Seeds);
        var replayed = await ReadModelSnapshot.TakeAsync(_store.Store.ReadModels);
        var timeline = ProjectionRunner.All[1].Name;
        var checkpoint = await _store.Store.ReadModels.GetCheckpointAsync(timeline);
        await _store.Store.ReadModels.CommitAsync(timeline, [new("no-such-phase-1999", "{}")], checkpoint, checkpoint);

        await _store.Projections.RebuildAsync();

        Assert.Equal(replayed, await ReadModelSnapshot.TakeAsync(_store.Store.ReadModels));
    }

    [Fact]
    public async Task Rebuild_FailingBeforeAProjectionsCommit_LeavesItsOldReadModel()
    {
        await _store.ReplayAsync(RepoPaths.Seeds);
        var before = await ReadModelSnapshot.TakeAsync(_store.Store.ReadModels);
        var failing = new MonitorStore(_store.Store.Events, new FailingReplace(_store.Store.ReadModels, ProjectionRunner.All[1].Name), "failing");

        await Assert.ThrowsAsync<IOException>(() => new ProjectionRunner(failing, Log.Logger).RebuildAsync());

        // The projection before the failure was replaced by an identical one; the failed one and the one after it kept theirs.
        Assert.Equal(before, await ReadModelSnapshot.TakeAsync(_store.Store.ReadModels));
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

    // A crash while one projection's replacement is written: its transaction never commits.
    private sealed class FailingReplace(IReadModelStore inner, string failing) : IReadModelStore
    {
        public Task<long> GetCheckpointAsync(string projection, CancellationToken ct = default) => inner.GetCheckpointAsync(projection, ct);

        public Task<string?> LoadAsync(string projection, string key, CancellationToken ct = default) => inner.LoadAsync(projection, key, ct);

        public Task<IReadOnlyList<(string Key, string Json)>> LoadAllAsync(string projection, CancellationToken ct = default) => inner.LoadAllAsync(projection, ct);

        public Task CommitAsync(string projection, IReadOnlyCollection<DocumentChange> changes, long expectedCheckpoint, long newCheckpoint, CancellationToken ct = default) =>
            inner.CommitAsync(projection, changes, expectedCheckpoint, newCheckpoint, ct);

        public Task ReplaceAsync(string projection, IReadOnlyCollection<DocumentChange> documents, long expectedCheckpoint, long newCheckpoint, CancellationToken ct = default) =>
            projection == failing ? throw new IOException("disk gone") : inner.ReplaceAsync(projection, documents, expectedCheckpoint, newCheckpoint, ct);

        public Task ResetAsync(string projection, CancellationToken ct = default) => inner.ResetAsync(projection, ct);
    }
}
