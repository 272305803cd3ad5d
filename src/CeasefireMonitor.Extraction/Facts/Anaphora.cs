using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>A definite reference back to fighting the article already reported: "the attacks", "these clashes".</summary>
internal static partial class Anaphora
{
    public static bool IsMatch(string sentence, int trigger) =>
        Definite().GatedIsMatch(sentence.AsSpan(Math.Max(0, trigger - 24), Math.Min(24, trigger)));

    [GeneratedRegex(@"\b(?:the|these|those|this|such|its|their)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Definite();
}
