using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>A pattern's matches in the sentence last asked about, found once: roles and speakers ask for the same marks per trigger and per speech verb.</summary>
internal static class LastSentenceMatches
{
    [ThreadStatic]
    private static Dictionary<Regex, (string Sentence, List<(int Index, int End)> Spans)>? t_last;

    public static List<(int Index, int End)> Of(Regex pattern, string sentence)
    {
        var last = t_last ??= new(ReferenceEqualityComparer.Instance);
        if (last.TryGetValue(pattern, out var seen) && string.Equals(seen.Sentence, sentence, StringComparison.Ordinal)) return seen.Spans;
        var spans = new List<(int Index, int End)>();
        foreach (var m in pattern.GatedEnumerateMatches(sentence)) spans.Add((m.Index, m.Index + m.Length));
        last[pattern] = (sentence, spans);
        return spans;
    }
}
