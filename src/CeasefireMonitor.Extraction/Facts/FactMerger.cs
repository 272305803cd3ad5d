using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>Merges facts an article states twice (same type, date and sides, sharing an actor or naming none), keeping the first evidence.</summary>
internal static class FactMerger
{
    public static List<ReportedFact> Merge(IEnumerable<ReportedFact> facts)
    {
        var result = new List<ReportedFact>();
        var byKey = new Dictionary<(EventType, string, string, bool), List<int>>();
        foreach (var fact in facts)
        {
            var r = fact.Report;
            var key = (fact.Type, r.OccurredOn.ToString(), r.Sides.ConflictId, r.IsBackground);
            if (!byKey.TryGetValue(key, out var indexes)) byKey[key] = indexes = [];
            var same = indexes.FirstOrDefault(i => SameEvent(result[i], fact), -1);
            if (same < 0)
            {
                indexes.Add(result.Count);
                result.Add(fact);
                continue;
            }
            result[same] = Combine(result[same], fact);
        }
        return result;
    }

    private static bool SameEvent(ReportedFact a, ReportedFact b) =>
        a.Type == EventType.CasualtiesReported
            ? a.Casualties?.Killed == b.Casualties?.Killed && a.Casualties?.Injured == b.Casualties?.Injured
            : a.Type is not (EventType.CeasefireCalled or EventType.MediationOffered)
        || a.Report.Actors.Count == 0 || b.Report.Actors.Count == 0 || a.Report.Actors.Intersect(b.Report.Actors).Any();

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
