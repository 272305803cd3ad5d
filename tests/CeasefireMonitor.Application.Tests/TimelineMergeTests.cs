using CeasefireMonitor.Application.Tests.Support;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Tests;

public sealed class TimelineMergeTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Timeline_SameClashFromTwoArticles_OneEntryWithBothSources()
    {
        var first = await _store.Ingestion.IngestAsync(Articles.Input("a.txt", Articles.SudanClash));
        var second = await _store.Ingestion.IngestAsync(Articles.Input("b.txt", Articles.SudanClashOtherOutlet));
        await _store.Projections.CatchUpAsync();

        var phase = Assert.Single(await _store.Phases.CurrentAsync());
        var timeline = await _store.Phases.TimelineAsync(phase.PhaseId);
        var clash = Assert.Single(timeline!.Entries, e => e.Type == EventType.ClashReported);
        Assert.Equal("2023-04-15", clash.OccurredOn.ToString());
        // Every statement of the clash is a source: both articles, each sentence once (one outlet states it twice).
        Assert.Equal(new[] { first.ArticleId, second.ArticleId }.Order(StringComparer.Ordinal), clash.Sources.Select(s => s.ArticleId).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(clash.Sources.Count, clash.Sources.Select(s => (s.ArticleId, s.Start)).Distinct().Count());
    }

    [Fact]
    public async Task Casualties_ReportedFigure_IsTallied()
    {
        await _store.Ingestion.IngestAsync(Articles.Input("a.txt", Articles.SudanClash));
        await _store.Projections.CatchUpAsync();
        var phase = Assert.Single(await _store.Phases.CurrentAsync());
        var tally = await _store.Phases.CasualtiesAsync(phase.PhaseId);
        Assert.Equal((56, CountQualifier.AtLeast), (tally!.Killed!.Figure.Count, tally.Killed.Figure.Qualifier));
    }
}
