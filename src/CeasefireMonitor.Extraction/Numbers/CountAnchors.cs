using System.Buffers;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Numbers;

/// <summary>
/// Where a counted figure may start: every figure <see cref="CountFinder"/> reads holds a digit or a number word ("forty", "hundred",
/// "dozens", "scores"), after at most five words (a qualifier such as "in excess of" and a multiplier such as "forty five").
/// </summary>
internal static class CountAnchors
{
    private const int WordsBefore = 5;

    private static readonly SearchValues<string> NumberWordValues = SearchValues.Create(
        [.. NumberWords.Word.Split('|'), "hundred", "thousand", "million", "dozen", "scores"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the anchors find every figure: in case-insensitive matching a non-ASCII letter may stand for an ASCII one, and
    /// <c>\d</c> takes any script's digits; a sentence holding either is searched whole.
    /// </summary>
    public static bool Findable(string sentence)
    {
        var text = sentence.AsSpan();
        if (text.ContainsAny(LiteralScan.AsciiTwins)) return false;
        for (var at = text.IndexOfAnyExceptInRange('\0', '\u007f'); at >= 0;)
        {
            if (char.IsDigit(text[at])) return false;
            var next = text[(at + 1)..].IndexOfAnyExceptInRange('\0', '\u007f');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return true;
    }

    /// <summary>Where the next figure at or after <paramref name="from"/> may start at the earliest: five words before the first anchor; -1 if none.</summary>
    public static int StartBefore(string sentence, int from)
    {
        var anchor = Anchor(sentence, from);
        if (anchor < 0) return -1;
        var at = anchor;
        while (at > from && !char.IsWhiteSpace(sentence[at - 1])) at--;
        for (var words = 0; words < WordsBefore && at > from; words++)
        {
            while (at > from && char.IsWhiteSpace(sentence[at - 1])) at--;
            while (at > from && !char.IsWhiteSpace(sentence[at - 1])) at--;
        }
        return at;
    }

    // A figure starts with its digit or number word, or puts it after a space ("a hundred"): never inside a word, as "ten" in "often".
    private static int Anchor(string sentence, int from)
    {
        while (from < sentence.Length)
        {
            var text = sentence.AsSpan(from);
            var digit = text.IndexOfAnyInRange('0', '9');
            var word = text.IndexOfAny(NumberWordValues);
            var next = digit < 0 ? word : word < 0 ? digit : Math.Min(digit, word);
            if (next < 0) return -1;
            var at = from + next;
            if ((at == 0 || !(char.IsAsciiLetterOrDigit(sentence[at - 1]) || sentence[at - 1] == '_')) && (next == digit || IsNumberWord(sentence, at))) return at;
            from = at + 1;
        }
        return -1;
    }

    // The letters a figure's first number word is read with: the word itself, or the plural of a vague count ("tens", "dozens").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WholeWords = new HashSet<string>(
        [.. NumberWords.Word.Split('|'), "hundred", "thousand", "million", "dozen", "scores", "tens", "hundreds", "thousands", "dozens"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "ten" in "tense" or "one" in "ones" starts no figure: the pattern wants a number word whole, so no search starts before it.
    private static bool IsNumberWord(string sentence, int at)
    {
        var end = at;
        while (end < sentence.Length && char.IsAsciiLetter(sentence[end])) end++;
        return WholeWords.Contains(sentence.AsSpan(at, end - at));
    }
}
