using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Projections.Timeline;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Tests.Projections;

public sealed class TimelineProjectionTests
{
    private static readonly LogPosition At = new(1, DateTimeOffset.UnixEpoch);

    private static ClashReported Clash(int start, params string[] actors) =>
        new("xland-yland-2022", new EventReport(new PartialDate(2022, 5, 2), new DateOnly(2022, 5, 3), actors, new ConflictSides("Xland", "Yland"), null, null,
            new Evidence($"article-{start}", "Troops of both states exchanged fire near the border.", start, 40), "test"));

    [Fact]
    public void Apply_SameClashWithActorsInAnyOrderAndRepeated_OneEntryWithDistinctSortedActors()
    {
        var projection = new TimelineProjection();
        object? document = null;
        foreach (var clash in new[] { Clash(1, "Yland", "Xland", "Yland"), Clash(2, "Xland", "Yland"), Clash(3, "Yland", "Xland") })
            document = projection.Apply(document, clash, At);

        var entry = Assert.Single(((TimelineDocument)document!).Entries);
        Assert.Equal(["Xland", "Yland"], entry.Actors);
        Assert.Equal(["article-1", "article-2", "article-3"], entry.Sources.Select(s => s.ArticleId));
    }

    [Fact]
    public void Apply_DifferentActors_SeparateEntries()
    {
        var projection = new TimelineProjection();
        var document = projection.Apply(null, Clash(1, "Zland", "Xland", "Zland"), At);
        document = projection.Apply(document, Clash(2, "Xland", "Yland"), At);

        Assert.Equal([["Xland", "Yland"], ["Xland", "Zland"]], ((TimelineDocument)document).Entries.Select(e => e.Actors).OrderBy(a => a[1], StringComparer.Ordinal));
    }
}
