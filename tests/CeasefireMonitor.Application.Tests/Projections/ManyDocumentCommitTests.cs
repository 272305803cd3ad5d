using System.Text.Json;
using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Projections.Timeline;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Tests.Support;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Application.Tests.Projections;

/// <summary>A commit of many documents serialises them on two threads while SQLite writes them; a few are serialised in place.</summary>
public sealed class ManyDocumentCommitTests : IAsyncLifetime
{
    private const int Phases = 800;
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    // A phase opened and two reports in three conflicts, with sentences that need escaping, so documents differ in size and text.
    private static IEnumerable<(string Stream, object Event)> Reports()
    {
        for (var i = 0; i < Phases; i++)
        {
            var sides = new ConflictSides($"Land {i % 3}", "Other \"Land\"");
            var phaseId = $"{sides.ConflictId}-{2000 + i}";
            var evidence = new Evidence($"article{i:D4}", $"Fighting #{i} near the <river> – \"{new string('x', i * 7)}\".", i, 40);
            var report = new EventReport(new PartialDate(2000 + i, 1 + i % 12), new DateOnly(2000 + i, 12, 1), [sides.B, sides.A], sides, i % 2 == 0 ? "Town" : null, null, evidence, "1.0.0");
            yield return ($"conflict-{sides.ConflictId}", new PhaseOpened(phaseId, sides.ConflictId, sides, report.OccurredOn, evidence, report.PublishedOn));
            yield return ($"conflict-{sides.ConflictId}", new ClashReported(phaseId, report));
            yield return ($"conflict-{sides.ConflictId}", new CasualtiesReported(phaseId, report, new Casualties(new CasualtyFigure(i, CountQualifier.Exact), null)));
        }
    }

    [Fact]
    public async Task Rebuild_ManyDocuments_SameTextAsCatchUpsOfFewDocuments()
    {
        // Twenty phases at a time: each catch-up commits fewer documents than the hand-off starts at; the rebuild reads 2,400 events in three ranges.
        foreach (var chunk in Reports().Chunk(60))
        {
            foreach (var (stream, e) in chunk)
                await _store.Store.Events.AppendAsync(stream, ExpectedRevision.Any, [EventSerializer.ToEventData(e, Guid.NewGuid(), new EventMetadata(null))]);
            await _store.Projections.CatchUpAsync();
        }
        var incremental = await ReadModelSnapshot.TakeAsync(_store.Store.ReadModels);

        // Which thread serialises which document changes from one rebuild to the next; the read models must not.
        for (var i = 0; i < 3; i++)
        {
            await _store.Projections.RebuildAsync();
            Assert.Equal(incremental, await ReadModelSnapshot.TakeAsync(_store.Store.ReadModels));
        }
        var timelines = await _store.Store.ReadModels.LoadAllAsync(TimelineProjection.ProjectionName);
        Assert.Equal(Phases, timelines.Count);
        foreach (var (key, json) in timelines)
        {
            var document = JsonSerializer.Deserialize<TimelineDocument>(json, EventJson.Options)!;
            Assert.Equal(key, document.PhaseId);
            Assert.Equal(json, JsonSerializer.Serialize(document, EventJson.Options));
        }
    }
}
