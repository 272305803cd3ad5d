using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>
/// Fighting the page reports after a truce it also reports between the same sides breaches that truce: the sentence need not say
/// "violation" ("Israeli jets struck … on Monday" after "the truce took effect last Wednesday"). Only a current truce counts
/// (not background) and only fighting certainly after the day it was agreed, within the weeks a truce is tested.
/// </summary>
internal static class TruceBreaches
{
    // Past this, fighting is a new round of the war rather than a breach the page is reporting.
    private const int TestedDays = 60;

    public static List<ReportedFact> Retype(List<ReportedFact> facts)
    {
        var truces = facts.Where(f => f.Type == EventType.CeasefireAgreed && !f.Report.IsBackground && f.Report.OccurredOn.Precision == DatePrecision.Day)
            .Select(f => (f.Report.Sides.ConflictId, f.Report.OccurredOn))
            // Only a truce the page itself reports as breached: fighting after a truce that had not yet begun, or had lapsed, is no breach.
            .Where(t => facts.Any(v => v.Type == EventType.CeasefireViolated && !v.Report.IsBackground && v.Report.Sides.ConflictId == t.ConflictId && v.Report.OccurredOn.Latest >= t.OccurredOn.Earliest))
            .ToList();
        if (truces.Count == 0) return facts;
        return [.. facts.Select(f => Breaches(f, truces) ? f with { Type = EventType.CeasefireViolated } : f)];
    }

    private static bool Breaches(ReportedFact fact, List<(string ConflictId, PartialDate Agreed)> truces)
    {
        if (fact.Type != EventType.ClashReported || fact.Report.IsBackground) return false;
        var when = fact.Report.OccurredOn;
        return truces.Any(t => t.ConflictId == fact.Report.Sides.ConflictId && when.IsCertainlyAfter(t.Agreed) && when.Earliest <= t.Agreed.Latest.AddDays(TestedDays));
    }
}
