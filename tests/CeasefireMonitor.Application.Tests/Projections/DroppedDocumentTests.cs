using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Tests.Support;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Store.Port;
using Serilog;

namespace CeasefireMonitor.Application.Tests.Projections;

/// <summary>A long catch-up drops the documents no event changed since its previous commit and loads them back when a later event needs them.</summary>
public sealed class DroppedDocumentTests : IAsyncLifetime
{
    private const int Phases = 300;
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    private static (string Stream, string PhaseId, EventReport Report) Phase(int i, int day)
    {
        var sides = new ConflictSides($"North {i % 4}", "South");
        var evidence = new Evidence($"story{i:D3}-{day}", $"Shelling #{i} on day {day} near the border town.", day, 30);
        var report = new EventReport(new PartialDate(1990 + i % 30, 1 + i % 12, day), new DateOnly(2021, 1, day), [sides.A, sides.B], sides, "Border", null, evidence, "1.0.0");
        return ($"conflict-{sides.ConflictId}", $"{sides.ConflictId}-{1990 + i}", report);
    }

    // Every phase is opened and reported on in a first pass (1,200 positions), then reported on again in a second (900),
    // so a rebuild reading 1,000 positions a page drops phases of the first page after the second and needs them in the third.
    private static IEnumerable<(string Stream, object Event)> History()
    {
        for (var i = 0; i < Phases; i++)
        {
            var (stream, phaseId, report) = Phase(i, 1);
            yield return (stream, new PhaseOpened(phaseId, report.Sides.ConflictId, report.Sides, report.OccurredOn, report.Evidence, report.PublishedOn));
            yield return (stream, new ClashReported(phaseId, report));
            yield return (stream, new ClashReported(phaseId, Phase(i, 2).Report));
            yield return (stream, new CasualtiesReported(phaseId, report, new Casualties(new CasualtyFigure(i, CountQualifier.Exact), null)));
        }
        for (var i = 0; i < Phases; i++)
        {
            var (stream, phaseId, report) = Phase(i, 3);
            yield return (stream, new ClashReported(phaseId, report));
            yield return (stream, new ClashReported(phaseId, Phase(i, 1).Report));
            yield return (stream, new CasualtiesReported(phaseId, report, new Casualties(new CasualtyFigure(i + 5, CountQualifier.MoreThan), null)));
        }
    }

    [Fact]
    public async Task Rebuild_CommittingEveryPage_SameReadModelsAsCatchUpsAndOneCommit()
    {
        foreach (var chunk in History().Chunk(150))
        {
            foreach (var (stream, e) in chunk)
                await _store.Store.Events.AppendAsync(stream, ExpectedRevision.Any, [EventSerializer.ToEventData(e, Guid.NewGuid(), new EventMetadata(null))]);
            await _store.Projections.CatchUpAsync();
        }
        var incremental = await ReadModelSnapshot.TakeAsync(_store.Store.ReadModels);

        await new ProjectionRunner(_store.Store, Log.Logger, commitEvery: 1).RebuildAsync();
        var committedEveryPage = await ReadModelSnapshot.TakeAsync(_store.Store.ReadModels);
        await _store.Projections.RebuildAsync();

        Assert.Equal(3 + 3 * Phases, incremental.Count);
        Assert.Equal(incremental, committedEveryPage);
        Assert.Equal(incremental, await ReadModelSnapshot.TakeAsync(_store.Store.ReadModels));
    }
}
