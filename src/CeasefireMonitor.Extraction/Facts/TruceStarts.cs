using System.Text.RegularExpressions;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Rules;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>
/// A truce that "took effect on Wednesday" is the one the page says was agreed on Tuesday: its start dates it only when the page
/// gives no earlier agreement of the same sides (a start is no second agreement).
/// </summary>
internal static partial class TruceStarts
{
    private const int MaxDaysBeforeStart = 14;

    public static bool IsStart(string sentence, Trigger trigger) =>
        trigger.Type == EventType.CeasefireAgreed && trigger.Year is null && Start().IsMatch(sentence.AsSpan(trigger.Start, trigger.End - trigger.Start));

    public static List<FactDraft> DateByAgreement(List<FactDraft> drafts)
    {
        var agreed = drafts.Where(d => d is { Type: EventType.CeasefireAgreed, StartsTruce: false, Date.Precision: DatePrecision.Day }).ToList();
        if (agreed.Count == 0) return drafts;
        return [.. drafts.Select(d => d is { StartsTruce: true, Date: { Precision: DatePrecision.Day } start } && AgreedBefore(agreed, d, start) is { } day ? d with { Date = day } : d)];
    }

    private static PartialDate? AgreedBefore(List<FactDraft> agreed, FactDraft start, PartialDate startDay) =>
        agreed.Where(a => a.Date!.Value.Earliest < startDay.Earliest && startDay.Earliest.DayNumber - a.Date!.Value.Earliest.DayNumber <= MaxDaysBeforeStart
                && (a.Sides.Count == 0 || start.Sides.Count == 0 || a.Sides.Intersect(start.Sides).Any()))
            .Select(a => a.Date).OrderByDescending(d => d!.Value.Earliest).FirstOrDefault();

    [GeneratedRegex(@"\b(?:took|takes|went|goes|came|comes|entered|enters|(?:has|had)\s+(?:taken|come|gone))\s+(?:into\s+)?(?:effect|force)\b|\b(?:began|started|took hold)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Start();
}
