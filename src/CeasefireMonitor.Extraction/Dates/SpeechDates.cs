using System.Text.RegularExpressions;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>"X said on Sunday that its fighters had attacked on Saturday": the date after a speech verb is the statement's, so fighting or a surrender it reports takes its own clause's date.</summary>
internal static partial class SpeechDates
{
    /// <summary>The dates an event starting at <paramref name="start"/> may take: a statement's date is left out when a date of the event's own clause follows it.</summary>
    public static IReadOnlyList<DateMention> Drop(string text, IReadOnlyList<DateMention> dates, EventType type, int start)
    {
        // An announced truce, call or end is dated by its announcement ("announced on Friday that the parties had agreed").
        if (dates.Count < 2 || type is not (EventType.ClashReported or EventType.CasualtiesReported or EventType.CeasefireViolated or EventType.SurrenderDeclared)) return dates;
        List<DateMention>? kept = null;
        foreach (var d in dates)
        {
            if (d.End > start || !IsStatementDate(text, d)) continue;
            var own = dates.Where(o => o.Start >= d.End && o.CanDateEvent && o.Scopes(start) && SameClause(text, start, o)).ToList();
            if (own.Count == 0) continue;
            kept ??= [.. dates];
            // "The UN said on Monday that 117 civilians were killed in November": a toll over a whole month or year is a tally, dated when reported.
            if (type == EventType.CasualtiesReported && own.All(o => o.Date.Precision != Domain.Dates.DatePrecision.Day)) kept.RemoveAll(own.Contains);
            else kept.Remove(d);
        }
        return kept ?? dates;
    }

    private static bool IsStatementDate(string text, DateMention d) =>
        d.CanDateEvent && SpeechLead().GatedIsMatch(text.AsSpan(Math.Max(0, d.Start - 48), Math.Min(48, d.Start)));

    // "…had been killed in two days of fighting, as a ceasefire agreed on Friday appeared to hold": a later clause's date is its own.
    private static bool SameClause(string text, int start, DateMention other)
    {
        var (from, to) = other.Start >= start ? (start, other.Start) : (other.End, start);
        return !ClauseBreak().IsMatch(text.AsSpan(from, to - from));
    }

    [GeneratedRegex(@"\b(?:said|says|told(?:\s+[\w.'’-]+){1,4}?|announced|reported|stated|added|confirmed|claimed|wrote|insisted|alleged|acknowledged|disclosed|revealed)\s+(?:late\s+|early\s+)?(?:on\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeechLead();

    [GeneratedRegex(@"[;:—–]|,\s+(?:and|but|while|whereas|although|though|as|when|despite|after|before)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();
}
