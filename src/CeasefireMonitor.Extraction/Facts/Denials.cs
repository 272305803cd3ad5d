using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Actors;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>The parties that deny, dismiss or reject a claim ("Turkey dismissed the report", "an assertion denied by X").</summary>
internal static partial class Denials
{
    public static IEnumerable<string> Find(string sentence, IReadOnlyList<SentenceActor> actors, int from)
    {
        foreach (Match m in Denial().GatedMatches(sentence, Math.Min(from, sentence.Length)))
        {
            var by = m.Groups["by"].Success;
            var deniers = by
                ? actors.Where(a => a.Start >= m.Index + m.Length && a.Start <= m.Index + m.Length + 120)
                : actors.Where(a => a.End <= m.Index && a.Start >= Math.Max(from, m.Index - 80));
            foreach (var a in deniers.Where(a => a.Actor.Kind is ActorKind.State or ActorKind.ArmedGroup))
                yield return a.Actor.Name;
        }
    }

    [GeneratedRegex(@"\b(?:den(?:y|ies|ied)|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es)|disput(?:ed|es)|rebuff(?:ed|s)?|contest(?:ed|s))\b(?<by>\s+by\b)?|\bcalled\s+(?:the|these|those|such|that|this|its|their)\s+(?:claims?|reports?|allegations?|accusations?|assertions?)\s+[“""]?(?:lies|false|baseless|fabricat\w*|untrue|propaganda|fake|groundless)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Denial();
}
