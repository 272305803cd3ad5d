using System.Text.RegularExpressions;
using CeasefireMonitor.Domain.Dates;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>
/// Dates that point back at one already given: "that night", "the same day" (that day), "a year later", "two days earlier" (counted from it).
/// The date pointed at is the last one earlier in the sentence, else the paragraph's, else the article's last day.
/// </summary>
internal static partial class BackReferences
{
    public static void Add(List<DateMention> found, string sentence, DateOnly? anchor, EventMemory? memory)
    {
        if (!DateGates.MayReferBackToADay(sentence)) return;
        foreach (Match m in Pattern().Matches(sentence))
        {
            if (found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length)) continue;
            var before = found.LastOrDefault(d => d.End <= m.Index && d.CanDateEvent && d.Scopes(m.Index));
            var reference = before?.Date ?? (anchor is { } a ? PartialDate.Of(a) : memory?.LastDay() is { } last ? PartialDate.Of(last) : null);
            if (reference is not { } r) continue;
            var date = m.Groups["same"].Success ? r : Shift(r, m);
            if (date is { } d) found.Add(new DateMention(m.Index, m.Length, d, DateKind.Relative));
        }
        found.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    // A count of years moves a year; of months, a month; of days or weeks, a day only when the reference names its day.
    private static PartialDate? Shift(PartialDate from, Match m)
    {
        var n = EventOffsets.Count(m.Groups["n"].Value);
        if (m.Groups["dir"].Value.Equals("earlier", StringComparison.OrdinalIgnoreCase)) n = -n;
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        if (unit.StartsWith("year", StringComparison.Ordinal)) return new PartialDate(from.Year + n);
        if (unit.StartsWith("month", StringComparison.Ordinal))
            return from.Precision == DatePrecision.Year ? null : Month(from.Earliest.AddMonths(n));
        if (from.Precision != DatePrecision.Day) return null;
        return PartialDate.Of(from.Earliest.AddDays(unit.StartsWith("week", StringComparison.Ordinal) ? 7 * n : n));
    }

    private static PartialDate Month(DateOnly day) => new(day.Year, day.Month);

    [GeneratedRegex(@"\b(?:(?<same>(?:later\s+)?that\s+(?:same\s+)?(?:day|night|morning|evening|afternoon)|(?:on\s+)?the\s+same\s+(?:day|night|morning|evening))|(?<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?<unit>days?|weeks?|months?|years?)\s+(?<dir>later|earlier))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
