using System.Text.RegularExpressions;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>Whether a sentence tells its event in the past ("the army said", "had agreed") or as it stands now ("says", "has killed", "is").</summary>
internal static partial class NewsTense
{
    public static bool IsPast(string sentence, int trigger)
    {
        var end = Math.Min(sentence.Length, Math.Max(trigger, 0) + 40);
        var head = sentence.AsSpan(0, end);
        return !Narrated(head, Present()) && PastVerbs.In(head);
    }

    // "'An agreement has not been reached,' the envoy said": the tense of quoted words is the speaker's, not the report's;
    // "said it would continue", "vowed to continue": a verb after a past modal or "to" has no tense of its own.
    private static bool Narrated(ReadOnlySpan<char> head, Regex verbs)
    {
        foreach (var m in verbs.EnumerateMatches(head))
            if (!Quoted(head, m.Index) && !Untensed().IsMatch(head[..m.Index])) return true;
        return false;
    }

    [GeneratedRegex(@"\b(?:would|could|should|might|to)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Untensed();

    private static bool Quoted(ReadOnlySpan<char> text, int at)
    {
        var before = text[..at];
        var open = before.LastIndexOf('“');
        if (open >= 0 && before[open..].IndexOf('”') < 0) return true;
        return before.Count('"') % 2 == 1;
    }

    [GeneratedRegex(@"\b(?:says|say|is|are|has|have|remains|remain|continues|continue|will|can|does|do|am|'s been)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Present();
}
