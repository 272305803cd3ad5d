using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Actors;

/// <summary>
/// Forces named without their country ("the army", "government troops", "the junta") and rebels named without their group
/// ("the rebels", "insurgents") are the two sides of the page's insurgency: the armed group the page names most and the state it fights.
/// A page about a war between states has no such pair, and its generic forces stay unnamed.
/// </summary>
internal static partial class GenericForces
{
    public sealed record PageSides(Actor State, Actor Group);

    /// <summary>The page's insurgency: its most named unaligned armed group whose opponent the dictionary knows, when that group or its opponent is among the three sides the page names most.</summary>
    public static PageSides? Find(IReadOnlyList<List<SentenceActor>> sentences, ActorDictionary dictionary, Func<string, string?> homeState, string? ground = null)
    {
        // One pass over the page's mentions, counting sides and candidate groups in the order the page first names them.
        var mentions = new Dictionary<string, int>();
        var groups = new Dictionary<string, (Actor First, int Count)>();
        var homes = new Dictionary<string, string?>();
        string? Home(string name) => homes.TryGetValue(name, out var home) ? home : homes[name] = homeState(name);
        foreach (var found in sentences)
            foreach (var a in found)
            {
                if (a.CanFight) mentions[a.Side!] = mentions.GetValueOrDefault(a.Side!) + 1;
                if (a.Actor is not { Kind: ActorKind.ArmedGroup, AlignedWith: null } || a.Supporter || Home(a.Actor.Name) is null) continue;
                groups[a.Actor.Name] = groups.TryGetValue(a.Actor.Name, out var g) ? (g.First, g.Count + 1) : (a.Actor, 1);
            }
        // Named as often, a group at war with the page's own state ("militants allied with Islamic State" in Marawi: the Maute group) comes before
        // the global one it is allied with, and that one before a group at war elsewhere ("known locally as al-Shabab, unrelated to the Somali group").
        int Rank(Actor g) => g.Transnational ? 1 : ground is not null && Home(g.Name) == ground ? 0 : 2;
        Actor? group = null;
        var (bestCount, bestRank) = (0, 0);
        foreach (var (first, count) in groups.Values)
            if (group is null || count > bestCount || (count == bestCount && Rank(first) < bestRank)) (group, bestCount, bestRank) = (first, count, Rank(first));
        if (group is null || dictionary.Find(Home(group.Name)!) is not { Kind: ActorKind.State } state) return null;
        var top = TopThree(mentions);
        return top.Contains(group.Name) || top.Contains(state.Name) ? new PageSides(state, group) : null;
    }

    // The three sides named most, the first named on a tie.
    private static List<string> TopThree(Dictionary<string, int> mentions)
    {
        var top = new List<KeyValuePair<string, int>>(4);
        foreach (var m in mentions)
        {
            var at = top.Count;
            while (at > 0 && top[at - 1].Value < m.Value) at--;
            if (at == 3) continue;
            top.Insert(at, m);
            if (top.Count > 3) top.RemoveAt(3);
        }
        return top.ConvertAll(m => m.Key);
    }

    /// <summary>Adds the page's sides for the generic names of a sentence that overlap no named actor.</summary>
    public static List<SentenceActor> Resolve(string sentence, List<SentenceActor> found, PageSides? sides)
    {
        if (sides is null) return found;
        List<SentenceActor>? added = null;
        foreach (var m in StateForces().GatedEnumerateMatches(sentence)) Add(sentence, found, ref added, m.Index, m.Index + m.Length, sides.State);
        if (!found.Exists(a => a.Actor.Kind == ActorKind.ArmedGroup))
            foreach (var m in Rebels().GatedEnumerateMatches(sentence)) Add(sentence, found, ref added, m.Index, m.Index + m.Length, sides.Group);
        if (added is null) return found;
        return [.. found.Concat(added).OrderBy(a => a.Start)];
    }

    private static void Add(string sentence, List<SentenceActor> found, ref List<SentenceActor>? added, int start, int end, Actor actor)
    {
        // "the army of Ethiopia", "Sudan's army": the name is given, not generic ("after rebels took Mekelle, the government…" names none).
        foreach (var a in found)
            if (a.Start < end + 4 && start < a.End + 3 && !Apart(sentence, a, start, end)) return;
        if (OfName().GatedIsMatch(sentence.AsSpan(end))) return;
        (added ??= []).Add(new SentenceActor(actor, start, end, MentionForm.Name, false, false));
    }

    private static bool Apart(string sentence, SentenceActor a, int start, int end) =>
        a.End <= start ? sentence.AsSpan(a.End, start - a.End).Contains(',') : a.Start >= end && sentence.AsSpan(end, a.Start - end).Contains(',');

    [GeneratedRegex(@"\b(?:the\s+(?:army|military|armed forces|junta|regime|(?:federal\s+|central\s+|national\s+)?government|national army)|(?:government|federal|junta|army|regime|military)[\s-](?:forces|troops|soldiers|aircraft|warplanes|jets|positions|units|side)|security forces)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StateForces();

    [GeneratedRegex(@"\b(?:rebels?|insurgents?|militants?|guerrillas?|jihadists?|rebel[\s-](?:forces|fighters|group|movement|alliance|troops|positions|units))\b|\bthe group\b(?!\s+of\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Rebels();

    [GeneratedRegex(@"^\s+(?:of|in)\s+[A-Z]")]
    private static partial Regex OfName();
}
