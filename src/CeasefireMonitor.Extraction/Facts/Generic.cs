using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Dates;
using CeasefireMonitor.Extraction.Patterns;
using CeasefireMonitor.Extraction.Rules;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>Undated summaries of many years ("clashes have been frequent over the past decades") report no single event.</summary>
internal static partial class Generic
{
    public static bool IsSummary(string sentence, Trigger trigger, IReadOnlyList<DateMention> dates)
    {
        var start = sentence.LastIndexOf(';', Math.Max(0, trigger.Start - 1));
        var end = sentence.IndexOf(';', Math.Min(trigger.End, sentence.Length));
        // A span of the sentence, not a copy: the gate reuses the sentence's literal scan.
        var part = sentence.AsSpan((start + 1)..(end < 0 ? sentence.Length : end));
        if (!Summary().GatedIsMatch(part)) return false;
        return !dates.Any(d => (d.CanDateEvent || d.Kind == DateKind.Onset) && d.Date.Precision != Domain.Dates.DatePrecision.Year && d.Start > start && (end < 0 || d.Start < end));
    }

    [GeneratedRegex(@"\b(?:over|for|in|during) the (?:past|last) (?:\w+\s+)?(?:decades?|years|centuries)|\bfor (?:decades|years|generations|centuries)\b|\bin the (?:years|decades|months) (?:that followed|since|afterwards?|after)\b|\bin the (?:following|ensuing|subsequent) (?:years|decades)\b|\b(?:have|has) been (?:frequent|common|rare|regular|sporadic)|\b(?:frequently|often|regularly|periodically|historically|previously|repeatedly|routinely)\b|\bfrom time to time\b|\b(?:daily|nightly|near-daily|regular|frequent|routine|constant|incessant)\s+(?:shelling|attacks|strikes|air strikes|clashes|raids|bombardments?|fighting|skirmishes|firing|gunfire|exchanges of fire)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Summary();
}
