using System.Text;
using System.Text.RegularExpressions;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>
/// Whether a text holds a verb in the past: a word of five letters or more ending in "ed", or a common irregular one ("said", "took").
/// ASCII text is read word by word, where the pattern's words and boundaries are plain letters, digits and underscores; other text goes to the pattern.
/// </summary>
internal static partial class PastVerbs
{
    private static readonly HashSet<string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "had", "was", "were", "took", "began", "fell", "struck", "fought", "met", "made", "left", "sent", "saw", "held", "broke", "came",
        "went", "told", "won", "lost", "shot", "drove", "overran", "spoke", "gave", "rejected", "agreed",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularSpans = Irregular.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool In(ReadOnlySpan<char> text)
    {
        if (!Ascii.IsValid(text)) return Pattern().IsMatch(text);
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            var word = text[start..i];
            if ((word.Length >= 5 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) || IrregularSpans.Contains(word)) return true;
        }
        return false;
    }

    internal static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    [GeneratedRegex(@"\b(?:\w{3,}ed|said|had|was|were|took|began|fell|struck|fought|met|made|left|sent|saw|held|broke|came|went|told|won|lost|shot|drove|overran|spoke|gave|rejected|agreed)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Pattern();
}
