using System.Text.RegularExpressions;

namespace CeasefireMonitor.Extraction.Patterns;

/// <summary>Regex calls that first ask the pattern's <see cref="KeywordGate"/>, so text without any of its literals is never scanned.</summary>
internal static class GatedMatching
{
    public static IReadOnlyList<Match> GatedMatches(this Regex regex, string text) =>
        KeywordGate.For(regex).MayMatch(text) ? regex.Matches(text) : [];

    public static IReadOnlyList<Match> GatedMatches(this Regex regex, string text, int startat) =>
        KeywordGate.For(regex).MayMatch(text.AsSpan(startat)) ? regex.Matches(text, startat) : [];

    /// <summary>The matches as index and length, with no <see cref="Match"/> objects; none when the gate refuses the text.</summary>
    // A pattern whose gate can refuse a text needs a literal in every match, so it never matches the empty span enumerated instead.
    public static Regex.ValueMatchEnumerator GatedEnumerateMatches(this Regex regex, string text) =>
        KeywordGate.For(regex).MayMatch(text) ? regex.EnumerateMatches(text) : regex.EnumerateMatches(ReadOnlySpan<char>.Empty);

    public static bool GatedIsMatch(this Regex regex, string text) =>
        KeywordGate.For(regex).MayMatch(text) && regex.IsMatch(text);

    public static bool GatedIsMatch(this Regex regex, ReadOnlySpan<char> text) =>
        KeywordGate.For(regex).MayMatch(text) && regex.IsMatch(text);

    public static Match GatedMatch(this Regex regex, string text) =>
        KeywordGate.For(regex).MayMatch(text) ? regex.Match(text) : Match.Empty;
}
