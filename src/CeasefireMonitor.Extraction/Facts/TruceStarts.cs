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
        // A call by a side that fights on the page, declared or announced: that side's own truce.
        var fighting = drafts.Where(d => d.Type is EventType.ClashReported or EventType.CeasefireViolated).SelectMany(d => d.Sides).ToHashSet();
        var declared = drafts.Where(d => d is { Type: EventType.CeasefireCalled, Date.Precision: DatePrecision.Day } && d.Actors.Any(fighting.Contains) && Declaration().IsMatch(d.Sentence.Text)).ToList();
        if (agreed.Count == 0 && declared.Count == 0) return drafts;
        var result = new List<FactDraft>(drafts.Count);
        foreach (var d in drafts)
        {
            if (d is not { StartsTruce: true, Date: { Precision: DatePrecision.Day } start }) result.Add(d);
            else if (AgreedBefore(agreed, d, start) is { } day) result.Add(d with { Date = day });
            // "Since the truce began on Saturday" after one side declared it (coding rule 10): the start of a unilateral truce, no agreement.
            else if (!declared.Exists(c => c.Date!.Value.Earliest <= start.Earliest && start.Earliest.DayNumber - c.Date!.Value.Earliest.DayNumber <= MaxDaysBeforeStart)) result.Add(d);
        }
        return result;
    }

    private static PartialDate? AgreedBefore(List<FactDraft> agreed, FactDraft start, PartialDate startDay) =>
        agreed.Where(a => a.Date!.Value.Earliest < startDay.Earliest && startDay.Earliest.DayNumber - a.Date!.Value.Earliest.DayNumber <= MaxDaysBeforeStart
                && (a.Sides.Count == 0 || start.Sides.Count == 0 || a.Sides.Intersect(start.Sides).Any()))
            .Select(a => a.Date).OrderByDescending(d => d!.Value.Earliest).FirstOrDefault();

    [GeneratedRegex(@"\b(?:declared|declares|announced|announces|proclaimed|ordered|unilateral(?:ly)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b(?:took|takes|went|goes|came|comes|entered|enters|(?:has|had)\s+(?:taken|come|gone))\s+(?:into\s+)?(?:effect|force)\b|\b(?:began|started|took hold)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Start();
}
