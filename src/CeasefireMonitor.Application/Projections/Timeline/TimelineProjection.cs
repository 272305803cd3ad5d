using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Application.Projections.Timeline;

/// <summary>
/// Each phase's events in date order. Reports of the same type, date and actors (and the same figures, for
/// casualties) are taken as one real-world event and merged, keeping every source (runs behind the append).
/// </summary>
public sealed class TimelineProjection : IProjection
{
    public const string ProjectionName = "timeline";

    public string Name => ProjectionName;

    public Type DocumentType => typeof(TimelineDocument);

    public string? KeyOf(object e) => (e as IReportedEvent)?.PhaseId;

    public object Apply(object? document, object e, RecordedEvent recorded)
    {
        var reported = (IReportedEvent)e;
        var report = reported.Report;
        var casualties = (e as CasualtiesReported)?.Casualties;
        var source = new TimelineSource(report.Evidence.ArticleId, report.PublishedOn, report.Evidence.Sentence, report.Evidence.Start, report.Evidence.Length, report.Claim);
        var entries = (document as TimelineDocument)?.Entries as List<TimelineEntry> ?? [.. (document as TimelineDocument)?.Entries ?? []];
        var index = entries.FindIndex(x => SameEvent(x, reported.Type, report, casualties));
        if (index >= 0)
        {
            if (!entries[index].Sources.Any(s => s.ArticleId == source.ArticleId && s.Start == source.Start))
                entries[index] = entries[index] with { Sources = [.. entries[index].Sources, source] };
        }
        else
        {
            // Kept in date order by inserting in place rather than sorting the whole timeline for every event.
            var entry = new TimelineEntry(reported.Type, report.OccurredOn, Sorted(report.Actors), report.Location, casualties, report.IsBackground, [source]);
            var at = entries.FindLastIndex(x => x.OccurredOn < entry.OccurredOn || (x.OccurredOn == entry.OccurredOn && x.Type <= entry.Type)) + 1;
            entries.Insert(at, entry);
        }
        return new TimelineDocument(reported.PhaseId, entries);
    }

    private static bool SameEvent(TimelineEntry entry, EventType type, EventReport report, Casualties? casualties) =>
        entry.Type == type
        && entry.OccurredOn == report.OccurredOn
        && entry.Actors.SequenceEqual(Sorted(report.Actors))
        && Equals(entry.Casualties?.Killed, casualties?.Killed)
        && Equals(entry.Casualties?.Injured, casualties?.Injured);

    private static IReadOnlyList<string> Sorted(IReadOnlyList<string> actors) => [.. actors.Distinct().Order(StringComparer.Ordinal)];
}
