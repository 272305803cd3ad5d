using System.Text.RegularExpressions;

namespace CeasefireMonitor.Extraction.Patterns;

/// <summary>A pattern's matches in the sentence last asked about, kept: readers that ask for the same marks per trigger (roles, speakers) search the sentence once.</summary>
internal static class LastSentenceMatches
{
    [ThreadStatic]
    private static Dictionary<Regex, SentenceMatches>? t_last;

    public static SentenceMatches Of(Regex pattern, string sentence)
    {
        var last = t_last ??= new(ReferenceEqualityComparer.Instance);
        if (last.TryGetValue(pattern, out var seen) && string.Equals(seen.Sentence, sentence, StringComparison.Ordinal)) return seen;
        return last[pattern] = new SentenceMatches(pattern, sentence);
    }
}

/// <summary>A pattern's matches in one sentence, searched only as far as they are read, as <see cref="Regex.Matches(string)"/> finds them.</summary>
internal sealed class SentenceMatches(Regex pattern, string sentence)
{
    private readonly List<(int Index, int End)> found = [];

    // Where the search for the next match starts; -1 once there is none (or the pattern's gate refuses the sentence).
    private int resume = KeywordGate.For(pattern).MayMatch(sentence) ? 0 : -1;

    public string Sentence => sentence;

    /// <summary>The match of that rank, if the sentence has one.</summary>
    public bool TryGet(int rank, out (int Index, int End) match)
    {
        while (found.Count <= rank && resume >= 0) FindNext();
        match = rank < found.Count ? found[rank] : default;
        return rank < found.Count;
    }

    public List<(int Index, int End)> All()
    {
        while (resume >= 0) FindNext();
        return found;
    }

    private void FindNext()
    {
        foreach (var m in pattern.EnumerateMatches(sentence, resume))
        {
            found.Add((m.Index, m.Index + m.Length));
            // After an empty match the search moves on one character, as the regex engine's does.
            resume = m.Index + m.Length + (m.Length == 0 ? 1 : 0);
            if (resume > sentence.Length) resume = -1;
            return;
        }
        resume = -1;
    }
}
