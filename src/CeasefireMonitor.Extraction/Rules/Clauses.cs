using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Rules;

/// <summary>Clause boundaries inside a sentence: negation and subjects do not reach across them.</summary>
internal static partial class Clauses
{
    // Modality, roles and casualty figures ask for clause starts several times per sentence; its boundaries are found once.
    [ThreadStatic]
    private static (string Sentence, List<(int Index, int End)> Boundaries)? t_lastSentence;

    public static int StartOf(string sentence, int position)
    {
        var start = 0;
        foreach (var (_, end) in BoundariesOf(sentence))
        {
            if (end > position) break;
            start = end;
        }
        return start;
    }

    private static List<(int Index, int End)> BoundariesOf(string sentence)
    {
        if (t_lastSentence is { } last && string.Equals(last.Sentence, sentence, StringComparison.Ordinal)) return last.Boundaries;
        var boundaries = new List<(int, int)>();
        foreach (var (index, length) in AlternationMatching.GatedSpans(sentence, 0, int.MaxValue, BoundaryOptions)) boundaries.Add((index, index + length));
        t_lastSentence = (sentence, boundaries);
        return boundaries;
    }

    public static int EndOf(string sentence, int position)
    {
        position = Math.Min(position, sentence.Length);
        // The sentence's boundaries answer, unless one spans the position: a search from there may find another inside it.
        foreach (var (index, end) in BoundariesOf(sentence))
        {
            if (index >= position) return index;
            if (end > position) return AlternationMatching.GatedSpans(sentence, position, int.MaxValue, BoundaryOptions) is [var next, ..] ? next.Index : sentence.Length;
        }
        return sentence.Length;
    }

    // The boundary pattern's options, matched as one alternation in this order (AlternationMatching): as one pattern, its spaced dash
    // made the matcher stop at every space and its words at every letter that may start one; apart, each is searched for on its own.
    public static readonly Regex[] BoundaryOptions = [Punctuation(), SpacedDash(), CommaConjunction(), Conjunction(), Said()];

    [GeneratedRegex(@"[;:—–“”""()]", RegexOptions.IgnoreCase)]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s-\s", RegexOptions.IgnoreCase)]
    private static partial Regex SpacedDash();

    [GeneratedRegex(@",\s+(?:and|but|while|whereas|although|though|as|after|before|since|when|despite|which|who|where|whose)\b|,\s+with\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommaConjunction();

    [GeneratedRegex(@"\b(?:but|while|whereas|although|though|despite|that|after|since|because)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"\b(?:said|says|told|added|stated|reported|claimed|claims|announced|insisted|alleged|confirmed|according to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Said();
}
