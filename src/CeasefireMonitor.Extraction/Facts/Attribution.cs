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
        // Speakers are actors of the sentence: without any, no speech verb is attributed.
        if (actors.Count == 0) return all;
        foreach (var m in SpeechVerb().GatedEnumerateMatches(sentence))
        {
            var (index, end) = (m.Index, m.Index + m.Length);
            var verb = sentence.AsSpan(index, m.Length);
            List<SentenceActor> speakers;
            if (verb.StartsWith("according", StringComparison.OrdinalIgnoreCase))
            {
                var until = NextComma(sentence, end);
                speakers = [.. actors.Where(a => a.Start >= end && a.End <= until && !a.Locative)];
            }
            else
            {
                var start = SubjectStart(sentence, index);
                speakers = [.. actors.Where(a => a.Start >= start && a.End <= index && !a.Locative)];
            }
            if (speakers.Count == 0) continue;
            all.Add(new Attribution(speakers, index, end, ClaimVerb().GatedIsMatch(verb)));
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
        var boundaries = LastSentenceMatches.Of(SubjectBoundary(), sentence);
        var start = 0;
        for (var i = 0; boundaries.TryGet(i, out var boundary) && boundary.Index < verb; i++) start = boundary.End;
        return start;
    }

    [GeneratedRegex(@"\b(?:said|says|say|told|added|stated|declared|announced|reported|claimed|claims|claim|claiming|alleged|alleges|alleging|insisted|insists|confirmed|confirms|accused|accuses|warned|wrote|noted|argued|asserted|maintained|according to|quoted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerb();

    [GeneratedRegex(@"^(?:claim\w*|alleg\w*|accus\w*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimVerb();

    [GeneratedRegex(@"[;:—–“”""]|\b(?:that|while|but|whereas)\b|,\s+(?:and|but|while|as)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectBoundary();
}
