using System.Text.RegularExpressions;

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
        foreach (var m in Boundary().EnumerateMatches(sentence)) boundaries.Add((m.Index, m.Index + m.Length));
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
            if (end > position) return Boundary().Match(sentence, position) is { Success: true } m ? m.Index : sentence.Length;
        }
        return sentence.Length;
    }

    [GeneratedRegex(@"[;:—–“”""()]|\s-\s|,\s+(?:and|but|while|whereas|although|though|as|after|before|since|when|despite|which|who|where|whose)\b|,\s+with\b|\b(?:but|while|whereas|although|though|despite|that|after|since|because)\b|\b(?:said|says|told|added|stated|reported|claimed|claims|announced|insisted|alleged|confirmed|according to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();
}
