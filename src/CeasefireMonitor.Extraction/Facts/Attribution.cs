using System.Buffers;
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
        foreach (var (index, length) in SpeechVerbs(sentence))
        {
            var end = index + length;
            var verb = sentence.AsSpan(index, length);
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

    // The speech verbs as the pattern enumerates them, each search started where a vectorised search finds one of its words, which every
    // match starts with; a text with letters that match ASCII ones only ignoring case ("ſaid") is searched from every position.
    private static List<(int Index, int Length)> SpeechVerbs(string sentence)
    {
        var verbs = new List<(int, int)>();
        if (!KeywordGate.For(SpeechVerb()).MayMatch(sentence)) return verbs;
        var everywhere = LiteralScan.Of(sentence).HasAsciiTwin;
        for (var from = 0; from < sentence.Length;)
        {
            var next = everywhere ? 0 : sentence.AsSpan(from).IndexOfAny(VerbWords);
            if (next < 0) break;
            var found = false;
            foreach (var m in SpeechVerb().EnumerateMatches(sentence, from + next))
            {
                verbs.Add((m.Index, m.Length));
                (from, found) = (m.Index + m.Length, true);
                break;
            }
            if (!found) break;
        }
        return verbs;
    }

    private static readonly SearchValues<string> VerbWords = SearchValues.Create(Words(SpeechVerb()), StringComparison.OrdinalIgnoreCase);

    // "\b(?:said|says|…)\b": the words of the pattern's one choice, read from it so the two never differ.
    private static string[] Words(Regex pattern)
    {
        const string open = @"\b(?:", close = @")\b";
        var text = pattern.ToString();
        var words = text.StartsWith(open, StringComparison.Ordinal) && text.EndsWith(close, StringComparison.Ordinal) ? text[open.Length..^close.Length].Split('|') : [];
        return words.Length > 0 && words.All(w => w.Length > 0 && w.All(c => char.IsAsciiLetter(c) || c == ' '))
            ? words : throw new InvalidOperationException($"SpeechVerb is no choice of plain words: {text}");
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
