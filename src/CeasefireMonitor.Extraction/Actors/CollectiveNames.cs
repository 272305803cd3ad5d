using System.Text.RegularExpressions;

namespace CeasefireMonitor.Extraction.Actors;

/// <summary>"The alliance", "the coalition", "the movement", "the council" stand for the armed group the page names whose name carries that noun.</summary>
internal static partial class CollectiveNames
{
    /// <summary>Each collective noun of the page's armed groups' names, mapped to the most named group carrying it.</summary>
    public static IReadOnlyDictionary<string, Actor> Find(IEnumerable<List<SentenceActor>> sentences)
    {
        // Each armed group once, in the order the page first names it, with how often it does.
        var named = new Dictionary<string, (Actor First, int Count)>(StringComparer.Ordinal);
        foreach (var found in sentences)
            foreach (var a in found)
                if (a.Actor.Kind == ActorKind.ArmedGroup) named[a.Actor.Name] = named.TryGetValue(a.Actor.Name, out var g) ? (g.First, g.Count + 1) : (a.Actor, 1);
        var groups = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        // The most named group first (the first named on a tie) keeps the noun.
        foreach (var (group, _) in named.Values.OrderByDescending(g => g.Count))
            foreach (var m in Noun().EnumerateMatches(group.Name))
                groups.TryAdd(group.Name.Substring(m.Index, m.Length).ToLowerInvariant(), group);
        return groups;
    }

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
