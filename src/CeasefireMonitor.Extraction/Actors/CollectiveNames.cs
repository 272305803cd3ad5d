using System.Text.RegularExpressions;

namespace CeasefireMonitor.Extraction.Actors;

/// <summary>"The alliance", "the coalition", "the movement", "the council" stand for the armed group the page names whose name carries that noun.</summary>
internal static partial class CollectiveNames
{
    /// <summary>Each collective noun of the page's armed groups' names, mapped to the most named group carrying it.</summary>
    public static IReadOnlyDictionary<string, Actor> Find(IEnumerable<List<SentenceActor>> sentences) =>
        sentences.SelectMany(s => s).Where(a => a.Actor.Kind == ActorKind.ArmedGroup)
            .GroupBy(a => a.Actor.Name).OrderByDescending(g => g.Count()).Select(g => g.First().Actor)
            .SelectMany(g => Noun().Matches(g.Name).Select(m => (Noun: m.Value.ToLowerInvariant(), Group: g)))
            .GroupBy(x => x.Noun).ToDictionary(x => x.Key, x => x.First().Group, StringComparer.OrdinalIgnoreCase);

    public static List<SentenceActor> Resolve(string sentence, List<SentenceActor> found, IReadOnlyDictionary<string, Actor> groups)
    {
        if (groups.Count == 0) return found;
        var added = new List<SentenceActor>();
        foreach (Match m in Collective().Matches(sentence))
        {
            var end = m.Index + m.Length;
            if (!groups.TryGetValue(m.Groups["n"].Value, out var group) || found.Any(a => a.Start < end && m.Index < a.End)) continue;
            added.Add(new SentenceActor(group, m.Index, end, MentionForm.Name, false, false));
        }
        return added.Count == 0 ? found : [.. found.Concat(added).OrderBy(a => a.Start)];
    }

    [GeneratedRegex(@"\b(?:Alliance|Coalition|Movement|Council)\b")]
    private static partial Regex Noun();

    // Lower case: "the alliance launched…", never "an alliance of three groups" or "the alliance between".
    [GeneratedRegex(@"\b[Tt]he\s+(?<n>alliance|coalition|movement|council)\b(?!\s+(?:of|between|with|for|against)\b)")]
    private static partial Regex Collective();
}
