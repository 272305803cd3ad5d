using System.Text.RegularExpressions;

namespace CeasefireMonitor.Extraction.Rules;

/// <summary>Clause boundaries inside a sentence: negation and subjects do not reach across them.</summary>
internal static partial class Clauses
{
    public static int StartOf(string sentence, int position)
    {
        var start = 0;
        foreach (Match m in Boundary().Matches(sentence))
        {
            if (m.Index + m.Length > position) break;
            start = m.Index + m.Length;
        }
        return start;
    }

    public static int EndOf(string sentence, int position)
    {
        var m = Boundary().Match(sentence, Math.Min(position, sentence.Length));
        return m.Success ? m.Index : sentence.Length;
    }

    [GeneratedRegex(@"[;:—–“”""()]|\s-\s|,\s+(?:and|but|while|whereas|although|though|as|after|before|since|when|despite|which|who|where|whose)\b|,\s+with\b|\b(?:but|while|whereas|although|though|despite|that|after|since|because)\b|\b(?:said|says|told|added|stated|reported|claimed|claims|announced|insisted|alleged|confirmed|according to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();
}
