using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Rules;

/// <summary>
/// Fighting words that report no fighting: what was stopped or ended ("ended years of fighting", "fighting would stop"), a near miss
/// ("close to a direct clash"), a time reference ("since the war began"), allies fighting alongside someone, fighting spared, a
/// negated report ("neither has reported a major battle"), or fighting already reported and restated ("the clashes followed …").
/// </summary>
internal static partial class NotFighting
{
    private const int Window = 70;

    public static bool Matches(string sentence, Trigger trigger)
    {
        Windows(sentence, trigger, out var before, out var after);
        return Ended(sentence, before, after) || NearMiss().GatedIsMatch(before) || (Since().GatedIsMatch(before) && !DatedAfter().GatedIsMatch(after))
            || Spared().GatedIsMatch(before) || NegatedReport().GatedIsMatch(before) || Alongside().GatedIsMatch(after)
            // The anchored tests after the trigger refuse nearly every window, so they go before the definite article searched for before it.
            || (TollSince().GatedIsMatch(after) && Definite().GatedIsMatch(before)) || (Followed().GatedIsMatch(after) && Restated().GatedIsMatch(before))
            || SummarisedFighting.Matches(sentence, trigger, before, after);
    }

    /// <summary>Fighting named only as what stopped or what a truce closed: it names who fought, but reports no clash on a day.</summary>
    public static bool Ended(string sentence, Trigger trigger)
    {
        Windows(sentence, trigger, out var before, out var after);
        return Ended(sentence, before, after);
    }

    private static bool Ended(string sentence, ReadOnlySpan<char> before, ReadOnlySpan<char> after) =>
        Stopped().GatedIsMatch(before) || StopsAfter().GatedIsMatch(after) || (PeriodOf().GatedIsMatch(before) && TruceWord().GatedIsMatch(sentence));

    // Windows are spans of the sentence, so their gates reuse the sentence's literal scan.
    private static void Windows(string sentence, Trigger trigger, out ReadOnlySpan<char> before, out ReadOnlySpan<char> after)
    {
        var from = Math.Max(0, trigger.Start - Window);
        before = sentence.AsSpan(from, trigger.Start - from);
        after = sentence.AsSpan(trigger.End, Math.Min(Window, sentence.Length - trigger.End));
    }

    // "ended years of fighting", "the first nationwide halt to fighting", "a reduction in violence", "a cessation of hostilities": the object of a stop is what stopped.
    [GeneratedRegex(@"\b(?:end(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|cease[sd]?|ceasing|suspend(?:s|ed|ing)?|silenc(?:e|es|ed|ing)|(?:halt|end|pause|lull|stop|break|reduction|reductions|decrease|decline|drop|let-up|cessation)\s+(?:to|in|of))\s+(?:(?:the|all|its|their|his|her|this|that)\s+)?(?:(?:years|months|weeks|days|decades)\s+of\s+)?(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Stopped();

    // "all fighting on land, at sea and in the air would stop", "hostilities should cease", "to bring the fighting to an end", "violence … has fallen".
    [GeneratedRegex(@"^(?:\s+to\s+an\s+end\b|(?:[\s,]+(?!(?:which|who|that|said|says)\b)(?!and\b(?!\s+(?:in|at|on|by|from|across|along|over|under)\b))[\w-]+){0,9}?\s+(?:should|would|will|must|shall)\s+(?:stop|cease|end|halt)\b|\s+(?:(?:has|had|have)\s+)?(?:stopped|ceased|ended|halted|subsided|came to an end)\b|(?:[\s,]+(?!(?:which|who|that|said|says)\b)[\w-]+){0,9}?\s+(?:has|have|had)\s+(?:fallen|declined|dropped|eased|decreased|diminished)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StopsAfter();

    // "brought Russia and Turkey close to a direct clash", "on the brink of war".
    [GeneratedRegex(@"\b(?:close|closer|near|nearer|brink|verge|edge)\s+(?:to|of)\s+(?:(?:a|an|the|open|direct|all-out|full-scale|outright|wider|new|armed)\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex NearMiss();

    // "the longest calm since the war began", "the first time since fighting erupted": a time reference, not a report.
    // "since the first days of the fighting", "until the end of the war": a part of the fighting named as a time.
    [GeneratedRegex(@"\b(?:since|before|until|till)\s+(?:(?:the|a|an|this|that|its|their)\s+)?(?:(?:(?:very\s+)?(?:first|early|opening|last|final|closing)\s+)?(?:days|weeks|months|hours|start|beginning|outbreak|onset|end)\s+of\s+(?:the|this|that|its|their)\s+)?(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Since();

    // "since the fighting began on Saturday" dates the fighting's start, which is a report.
    [GeneratedRegex(@"^[^,;.]{0,50}?\b(?:on|last|this|overnight|yesterday|today|(?:in|early|late)\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex DatedAfter();

    // "had been spared major fighting for years", "free of attacks".
    [GeneratedRegex(@"\b(?:spared|free (?:of|from)|absence of|lack of|no sign of|without (?:any\s+)?(?:major\s+|serious\s+)?)\s*(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Spared();

    // "neither has so far reported a major battle": the report is negated though its verb bounds the clause.
    [GeneratedRegex(@"(?:\b(?:not|never|neither|nor|no one|nobody|yet to)|n[’']t)\s+(?:[\w-]+\s+){0,3}?(?:reported|report|confirmed|confirm|seen|recorded|claimed)\s+(?:any\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedReport();

    // "fighting alongside M23", "whose troops have fought alongside federal forces": names allies, not a clash on a day.
    [GeneratedRegex(@"^\s+(?:alongside|side by side with|on (?:the\s+)?side of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Alongside();

    // "came into force … after three months of a government offensive", "The accord comes after a month of violence": the period a truce closes, not a new clash.
    [GeneratedRegex(@"\b(?:after|following|ending|ended|to end)\s+(?:more than\s+|nearly\s+|almost\s+|some\s+|over\s+)?(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?)\s+of\s+(?:[\w-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodOf();

    // "The fighting has killed more than 2,000 people": a running toll of the fighting already reported, not a clash on a day.
    [GeneratedRegex(@"^(?:\s+(?:between|in|for|on|around)\s+[^.;!?,]{1,60}?)?\s+(?:has|have|had)\s+(?:so far\s+|now\s+|already\s+)?(?:killed|claimed the lives of|left)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TollSince();

    // "The clashes followed a landmine blast on Wednesday", "its strikes were a response to drones": fighting already reported, restated to tell what came before it.
    [GeneratedRegex(@"^\s+(?:(?:have|had)\s+)?(?:followed|came\s+(?:(?:a|one|two|three|several|just|only|hours|days|weeks|a day|a week)\s+){0,3}?(?:after|amid)|(?:were|was)\s+(?:sparked|triggered|prompted|preceded)\s+by|(?:were|was)\s+(?:a\s+|in\s+)?(?:response|reply|retaliation|answer)\s+(?:to|for)\b)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Followed();

    [GeneratedRegex(@"\b(?:the|these|those|such|its|their)\s+(?:[\w-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Restated();

    [GeneratedRegex(@"(?:^|\b(?:the|this|that)\s+(?:[\w-]+\s+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Definite();

    [GeneratedRegex(@"\b(?:cease-?fires?|truces?|armistice|calm|peace|accords?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TruceWord();
}
