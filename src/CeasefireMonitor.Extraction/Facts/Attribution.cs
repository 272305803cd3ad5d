using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Actors;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>Who a sentence's statement is attributed to ("X said that", "according to X", a quote closed by "X added").</summary>
internal sealed partial record Attribution(IReadOnlyList<SentenceActor> Speakers, int VerbStart, int VerbEnd, bool IsClaim)
{
    /// <summary>The attribution governing a position: the last speech verb before it, else the first after it (a quote closed by "X said").</summary>
    public static Attribution? For(IReadOnlyList<Attribution> all, int position) =>
        all.LastOrDefault(a => a.VerbEnd <= position) ?? all.FirstOrDefault();

    public static List<Attribution> FindAll(string sentence, IReadOnlyList<SentenceActor> actors)
    {
        var all = new List<Attribution>();
        foreach (Match m in SpeechVerb().GatedMatches(sentence))
        {
            var according = m.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase);
            List<SentenceActor> speakers;
            if (according)
            {
                var end = NextComma(sentence, m.Index + m.Length);
                speakers = [.. actors.Where(a => a.Start >= m.Index + m.Length && a.End <= end && !a.Locative)];
            }
            else
            {
                var start = SubjectStart(sentence, m.Index);
                speakers = [.. actors.Where(a => a.Start >= start && a.End <= m.Index && !a.Locative)];
            }
            if (speakers.Count == 0) continue;
            all.Add(new Attribution(speakers, m.Index, m.Index + m.Length, ClaimVerb().GatedIsMatch(m.ValueSpan)));
        }
        return all;
    }

    private static int NextComma(string sentence, int from)
    {
        var comma = sentence.IndexOf(',', from);
        return comma < 0 ? sentence.Length : comma;
    }

    // The subject of a speech verb runs back to the previous quote, clause mark or sentence start.
    private static int SubjectStart(string sentence, int verb)
    {
        var start = 0;
        foreach (Match m in SubjectBoundary().GatedMatches(sentence))
        {
            if (m.Index >= verb) break;
            start = m.Index + m.Length;
        }
        return start;
    }

    [GeneratedRegex(@"\b(?:said|says|say|told|added|stated|declared|announced|reported|claimed|claims|claim|claiming|alleged|alleges|alleging|insisted|insists|confirmed|confirms|accused|accuses|warned|wrote|noted|argued|asserted|maintained|according to|quoted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerb();

    [GeneratedRegex(@"^(?:claim\w*|alleg\w*|accus\w*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimVerb();

    [GeneratedRegex(@"[;:—–“”""]|\b(?:that|while|but|whereas)\b|,\s+(?:and|but|while|as)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectBoundary();
}
