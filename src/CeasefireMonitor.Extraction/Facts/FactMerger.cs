using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>
/// Finds the facts an article states more than once (same type, date and sides, sharing an actor or naming none) and gives every
/// statement the event's combined actors, place and figures. Each statement stays a fact with its own evidence: the timeline merges
/// them into one entry that lists every source.
/// </summary>
internal static class FactMerger
{
    public static List<ReportedFact> Merge(IReadOnlyList<ReportedFact> facts)
    {
        var result = new List<ReportedFact>();
        var eventOf = new int[facts.Count];
        var byKey = new Dictionary<(EventType, PartialDate, string, bool), List<int>>();
        // A conflict's id is spelled anew on each call: once per pair of sides is enough.
        var conflictIds = new Dictionary<ConflictSides, string>();
        for (var n = 0; n < facts.Count; n++)
        {
            var fact = facts[n];
            var r = fact.Report;
            if (!conflictIds.TryGetValue(r.Sides, out var conflict)) conflictIds[r.Sides] = conflict = r.Sides.ConflictId;
            var key = (fact.Type, r.OccurredOn, conflict, r.IsBackground);
            if (!byKey.TryGetValue(key, out var indexes)) byKey[key] = indexes = [];
            var same = indexes.FirstOrDefault(i => SameEvent(result[i], fact), -1);
            if (same < 0)
            {
                eventOf[n] = result.Count;
                indexes.Add(result.Count);
                result.Add(fact);
                continue;
            }
            eventOf[n] = same;
            result[same] = Combine(result[same], fact);
        }
        return [.. facts.Select((fact, n) => WithEvent(fact, result[eventOf[n]]))];
    }

    private static bool SameEvent(ReportedFact a, ReportedFact b) =>
        a.Type == EventType.CasualtiesReported
            ? a.Casualties?.Killed == b.Casualties?.Killed && a.Casualties?.Injured == b.Casualties?.Injured
            : a.Type is not (EventType.CeasefireCalled or EventType.MediationOffered)
        || a.Report.Actors.Count == 0 || b.Report.Actors.Count == 0 || a.Report.Actors.Intersect(b.Report.Actors).Any();

    private static ReportedFact WithEvent(ReportedFact statement, ReportedFact combined) =>
        ReferenceEquals(statement, combined) ? statement
        : statement with { Report = statement.Report with { Actors = combined.Report.Actors, Location = combined.Report.Location }, Casualties = combined.Casualties };

    private static ReportedFact Combine(ReportedFact first, ReportedFact second)
    {
        var actors = first.Report.Actors.Union(second.Report.Actors).ToList();
        var casualties = first.Casualties is null ? second.Casualties
            : second.Casualties is null ? first.Casualties
            : first.Casualties with { Killed = first.Casualties.Killed ?? second.Casualties.Killed, Injured = first.Casualties.Injured ?? second.Casualties.Injured };
        var report = first.Report with
        {
            Actors = actors,
            Location = first.Report.Location ?? second.Report.Location,
        };
        return first with { Report = report, Casualties = casualties };
    }
}
