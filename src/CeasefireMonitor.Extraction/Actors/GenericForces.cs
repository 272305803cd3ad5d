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
        var mentions = sentences.SelectMany(s => s).Where(a => a.CanFight).GroupBy(a => a.Side!).ToDictionary(g => g.Key, g => g.Count());
        var group = sentences.SelectMany(s => s)
            .Where(a => a.Actor is { Kind: ActorKind.ArmedGroup, AlignedWith: null } && !a.Supporter && homeState(a.Actor.Name) is not null)
            .GroupBy(a => a.Actor.Name).OrderByDescending(g => g.Count())
            // Named as often, a group at war with the page's own state ("militants allied with Islamic State" in Marawi: the Maute group) comes before
            // the global one it is allied with, and that one before a group at war elsewhere ("known locally as al-Shabab, unrelated to the Somali group").
            .ThenBy(g => g.First().Actor.Transnational ? 1 : ground is not null && homeState(g.Key) == ground ? 0 : 2).Select(g => g.First().Actor).FirstOrDefault();
        if (group is null || dictionary.Find(homeState(group.Name)!) is not { Kind: ActorKind.State } state) return null;
        var top = mentions.OrderByDescending(m => m.Value).Take(3).Select(m => m.Key).ToList();
        return top.Contains(group.Name) || top.Contains(state.Name) ? new PageSides(state, group) : null;
    }

    /// <summary>Adds the page's sides for the generic names of a sentence that overlap no named actor.</summary>
    public static List<SentenceActor> Resolve(string sentence, List<SentenceActor> found, PageSides? sides)
    {
        if (sides is null) return found;
        var added = new List<SentenceActor>();
        foreach (Match m in StateForces().GatedMatches(sentence)) Add(m, sides.State);
        if (!found.Any(a => a.Actor.Kind == ActorKind.ArmedGroup))
            foreach (Match m in Rebels().GatedMatches(sentence)) Add(m, sides.Group);
        if (added.Count == 0) return found;
        return [.. found.Concat(added).OrderBy(a => a.Start)];

        void Add(Match m, Actor actor)
        {
            var end = m.Index + m.Length;
            // "the army of Ethiopia", "Sudan's army": the name is given, not generic ("after rebels took Mekelle, the government…" names none).
            if (found.Any(a => a.Start < end + 4 && m.Index < a.End + 3 && !Apart(sentence, a, m.Index, end)) || OfName().GatedIsMatch(sentence.AsSpan(end))) return;
            added.Add(new SentenceActor(actor, m.Index, end, MentionForm.Name, false, false));
        }
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
