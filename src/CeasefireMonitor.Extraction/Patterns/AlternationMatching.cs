using System.Text.RegularExpressions;

namespace CeasefireMonitor.Extraction.Patterns;

/// <summary>
/// The matches of several patterns as if they were the options of one alternation, <c>(?:A)|(?:B)|…</c>, in that order: the leftmost
/// match wins, the earlier pattern on a tie, and the search goes on after it, as <see cref="Regex.Matches(string)"/> does.
/// </summary>
internal static class AlternationMatching
{
    public static List<Match> GatedMatches(string text, Regex[] options)
    {
        var found = new List<Match>();
        // Each option's next match from the search position; null once it has none left (or its gate refuses the text).
        var next = new Match?[options.Length];
        var open = 0;
        for (var i = 0; i < options.Length; i++)
            if (KeywordGate.For(options[i]).MayMatch(text)) (next[i], open) = (options[i].Match(text), open + 1);
        var position = 0;
        while (open > 0)
        {
            var best = -1;
            for (var i = 0; i < options.Length; i++)
            {
                if (next[i] is not { } m) continue;
                // A match begun before the search position overlaps the one taken; the option's next match may start inside it.
                if (m.Success && m.Index < position) m = next[i] = position <= text.Length ? options[i].Match(text, position) : Match.Empty;
                if (!m.Success) { next[i] = null; open--; continue; }
                if (best < 0 || m.Index < next[best]!.Index) best = i;
            }
            if (best < 0) break;
            var taken = next[best]!;
            found.Add(taken);
            // After an empty match the search moves on one character, as the regex engine's does.
            position = taken.Index + taken.Length + (taken.Length == 0 ? 1 : 0);
        }
        return found;
    }

    /// <summary>
    /// As above, from <paramref name="startat"/>, the matches that begin before <paramref name="before"/> as index and length: no
    /// <see cref="Match"/> is made, and no option is searched again once the alternation's next match begins at or after that bound.
    /// </summary>
    public static List<(int Index, int Length)> GatedSpans(string text, int startat, int before, Regex[] options)
    {
        var found = new List<(int Index, int Length)>();
        // Each option's next match from the search position; -1 once it has none left (or its gate refuses the text).
        Span<int> index = stackalloc int[options.Length];
        Span<int> length = stackalloc int[options.Length];
        for (var i = 0; i < options.Length; i++)
            index[i] = KeywordGate.For(options[i]).MayMatch(text.AsSpan(startat)) ? Next(options[i], text, startat, out length[i]) : -1;
        var position = startat;
        while (true)
        {
            var best = -1;
            for (var i = 0; i < options.Length; i++)
            {
                if (index[i] < 0) continue;
                if (index[i] < position) index[i] = position <= text.Length ? Next(options[i], text, position, out length[i]) : -1;
                if (index[i] >= 0 && (best < 0 || index[i] < index[best])) best = i;
            }
            if (best < 0 || index[best] >= before) return found;
            found.Add((index[best], length[best]));
            position = index[best] + length[best] + (length[best] == 0 ? 1 : 0);
        }
    }

    private static int Next(Regex option, string text, int position, out int length)
    {
        foreach (var m in option.EnumerateMatches(text, position))
        {
            length = m.Length;
            return m.Index;
        }
        length = 0;
        return -1;
    }
}
