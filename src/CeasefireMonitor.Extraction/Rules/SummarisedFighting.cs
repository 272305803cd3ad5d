using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Rules;

/// <summary>
/// Fighting named in passing, as history or as a reason, rather than reported on a day: a whole war or a long stretch of it ("fought a
/// 16-year civil war", "the fighting went on for weeks"), the motive of another step ("ended talks, accusing them of attacks"), or the
/// onset of fighting told as a time ("talks were called off after the strikes began").
/// </summary>
internal static partial class SummarisedFighting
{
    public static bool Matches(string sentence, Trigger trigger, ReadOnlySpan<char> before, ReadOnlySpan<char> after) =>
        WholePeriod(sentence, trigger, before, after) || Motive().GatedIsMatch(before)
        || (Onset().GatedIsMatch(after) && AfterOnset().GatedIsMatch(before) && !NotFighting.DatedAfter().GatedIsMatch(after));

    // "a nine-month battle", "fought a 16-year civil war", "fought a short war in 1994", "the fighting went on for weeks": a whole war or
    // a long stretch of it, summarised. A war kept up since a date ("have fought an undeclared war since January") starts then: it stays.
    private static bool WholePeriod(string sentence, Trigger trigger, ReadOnlySpan<char> before, ReadOnlySpan<char> after) =>
        LengthBefore().GatedIsMatch(before) || Lasted().GatedIsMatch(after)
        || (sentence.AsSpan(trigger.Start).StartsWith("fought", StringComparison.OrdinalIgnoreCase) && !PerfectBefore().GatedIsMatch(before) && WarFought().GatedIsMatch(after));

    [GeneratedRegex(@"\b(?:has|have|had)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PerfectBefore();

    [GeneratedRegex(@"\b(?:[\w]+-(?:year|month|week)s?(?:-long|-old)?|(?:decades|years|months)-long)\s+(?:(?:civil|border|guerrilla|bush|bloody|brutal|bitter)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LengthBefore();

    [GeneratedRegex(@"^\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:war|insurgency|guerrilla war|civil war|war of independence)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WarFought();

    [GeneratedRegex(@"^(?:\s+between\s+[^.;!?,]{1,50}?\s+and\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?|\s+(?:in|on|along|around|near|across|over|for)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s+(?:(?:has|had|have)\s+)?(?:went on|gone on|goes on|raged|lasted|continued|dragged on|persisted|wore on)\s+(?:on\s+)?for\s+(?:(?:several|many|some|more than|nearly|almost|over|about|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:weeks|months|years|decades)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Lasted();

    // "ended talks in 2017, accusing them of continuing attacks": the accusation is the motive of the main clause's step, not a report of fighting.
    [GeneratedRegex(@",\s+(?:accusing|blaming)\s+(?:[\w'’-]+\s+){1,4}?(?:of|for)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Motive();

    // "talks were called off after the Israeli strikes began": the onset of fighting told as a time.
    [GeneratedRegex(@"\b(?:after|when|once)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterOnset();

    [GeneratedRegex(@"^\s+(?:began|started|erupted|broke out|got under way)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Onset();
}
