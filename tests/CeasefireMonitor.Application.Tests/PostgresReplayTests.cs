using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Queries;
using CeasefireMonitor.Application.Tests.Support;
using CeasefireMonitor.TestSupport;

namespace CeasefireMonitor.Application.Tests;

/// <summary>The seeds replayed on PostgreSQL give what the embedded SQLite store gives.</summary>
public sealed class PostgresReplayTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private readonly TempStore _sqlite = new();
    private TempStore _postgres = null!;

    public async Task InitializeAsync()
    {
        _postgres = new TempStore { Location = await database.NewSchemaAsync() };
        await _sqlite.InitializeAsync();
        await _postgres.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    private static string Summary(PhaseView p) =>
        $"{p.PhaseId} {p.StartedOn} {p.Status} {p.EndReason} {p.Since} [{string.Join(",", p.History.Select(h => $"{h.Sequence}:{h.NewStatus}"))}]";

    [Fact]
    public async Task Replay_SeedsOnPostgres_SameLogAndStatusesAsSqlite()
    {
        await _sqlite.ReplayAsync(RepoPaths.Seeds);
        await _postgres.ReplayAsync(RepoPaths.Seeds);

        var sqliteLog = await _sqlite.Store.Events.ReadAllAsync().Select(e => (e.Position, e.StreamId, e.StreamRevision, e.EventId, e.Type)).ToListAsync();
        var postgresLog = await _postgres.Store.Events.ReadAllAsync().Select(e => (e.Position, e.StreamId, e.StreamRevision, e.EventId, e.Type)).ToListAsync();
        Assert.NotEmpty(sqliteLog);
        Assert.Equal(sqliteLog, postgresLog);
        Assert.Equal((await _sqlite.Phases.CurrentAsync()).Select(Summary), (await _postgres.Phases.CurrentAsync()).Select(Summary));
    }

    [Fact]
    public async Task Rebuild_OnPostgres_GivesIdenticalReadModels()
    {
        await _postgres.ReplayAsync(RepoPaths.Seeds);
        var incremental = await ReadModelSnapshot.TakeAsync(_postgres.Store.ReadModels);

        await _postgres.Projections.RebuildAsync();

        Assert.True(incremental.Count > ProjectionRunner.All.Count, "the replay produced read models");
        Assert.Equal(incremental, await ReadModelSnapshot.TakeAsync(_postgres.Store.ReadModels));
    }
}
