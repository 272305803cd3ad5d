using System.Text;
using System.Text.RegularExpressions;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>Whether a sentence tells its event in the past ("the army said", "had agreed") or as it stands now ("says", "has killed", "is").</summary>
internal static partial class NewsTense
{
    public static bool IsPast(string sentence, int trigger)
    {
        var end = Math.Min(sentence.Length, Math.Max(trigger, 0) + 40);
        var head = sentence.AsSpan(0, end);
        return !Narrated(head) && PastVerbs.In(head);
    }

    // "'An agreement has not been reached,' the envoy said": the tense of quoted words is the speaker's, not the report's;
    // "said it would continue", "vowed to continue": a verb after a past modal or "to" has no tense of its own.
    internal static bool Narrated(ReadOnlySpan<char> head) => Ascii.IsValid(head) ? NarratedByWords(head) : NarratedByPattern(head);

    internal static bool NarratedByPattern(ReadOnlySpan<char> head)
    {
        foreach (var m in Present().EnumerateMatches(head))
            if (Tensed(head, m.Index)) return true;
        return false;
    }

    // ASCII text is read word by word, as PastVerbs does: the pattern's words are whole, so its matches start where these words do.
    private static bool NarratedByWords(ReadOnlySpan<char> head)
    {
        for (var i = 0; i < head.Length;)
        {
            if (!PastVerbs.IsWordChar(head[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < head.Length && PastVerbs.IsWordChar(head[i])) i++;
            if (PresentWords.Contains(head[start..i]) && Tensed(head, start)) return true;
            if (IsContractedBeen(head, start, i) && Tensed(head, start - 1)) return true;
        }
        return false;
    }

    private static bool Tensed(ReadOnlySpan<char> head, int at) => !Quoted(head, at) && !Untensed().IsMatch(head[..at]);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PresentWords = new HashSet<string>(
        ["says", "say", "is", "are", "has", "have", "remains", "remain", "continues", "continue", "will", "can", "does", "do", "am"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "it's been": the pattern's "'s been" after a word, read from its "s".
    private static bool IsContractedBeen(ReadOnlySpan<char> head, int start, int end) =>
        end - start == 1 && head[start] is 's' or 'S' && start >= 2 && head[start - 1] == '\'' && PastVerbs.IsWordChar(head[start - 2])
        && head[end..].StartsWith(" been", StringComparison.OrdinalIgnoreCase) && (end + 5 == head.Length || !PastVerbs.IsWordChar(head[end + 5]));

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
