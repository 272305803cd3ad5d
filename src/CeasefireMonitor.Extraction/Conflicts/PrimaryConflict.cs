using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Facts;

namespace CeasefireMonitor.Extraction.Conflicts;

/// <summary>The article's main pair of opposing sides: the pair its statements and headline support and the page names most.</summary>
internal static class PrimaryConflict
{
    private const int FightingVote = 10;
    private const int OtherVote = 5;
    private const int HomeStateBonus = 5;

    /// <param name="homeState">The state an armed group fights at home (the country of the regions it holds), if known.</param>
    /// <param name="baseState">The state an armed group is based in when it fights another state (Hezbollah: Lebanon), if known.</param>
    public static ConflictSides? Find(IReadOnlyList<FactDraft> drafts, IReadOnlyList<string> headlineSides, IReadOnlyDictionary<string, int> sideMentions, Func<string, string?> homeState, Func<string, string?> baseState)
    {
        var votes = new Dictionary<(string, string), double>();
        void Vote((string, string) pair, double weight)
        {
            votes[pair] = votes.GetValueOrDefault(pair) + weight;
        }
        // Fighting between two named sides weighs most; calls addressed to two sides also tell who is at war.
        // Statements naming three or more sides (often places: "between Russia, Turkey and Iran") vote only when no statement names two.
        var paired = drafts.Where(d => d.Sides.Count == 2).ToList();
        foreach (var d in paired.Count > 0 ? paired : drafts.Where(d => d.Sides.Count > 2))
        {
            var pairs = Pairs(d.Sides).ToList();
            foreach (var pair in pairs) Vote(pair, (d.Type is EventType.ClashReported or EventType.CasualtiesReported ? FightingVote : OtherVote) / (double)pairs.Count);
        }
        if (headlineSides.Count >= 2) foreach (var pair in Pairs(headlineSides)) Vote(pair, FightingVote);
        return Best(drafts, votes, sideMentions, homeState, baseState);
    }

    // Every pair of sides the page names competes: its statements' votes, how often the page names each side and their events name
    // it, and whether one is an armed group fighting at home in the other. Callers and mediators who take part in no event are outsiders.
    private static ConflictSides? Best(IReadOnlyList<FactDraft> drafts, Dictionary<(string, string), double> votes, IReadOnlyDictionary<string, int> sideMentions, Func<string, string?> homeState, Func<string, string?> baseState)
    {
        var inEvents = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var side in drafts.Where(d => d.Type is not (EventType.CeasefireCalled or EventType.MediationOffered) && d.Sides.Count <= 2).SelectMany(d => d.Sides.Distinct()))
            inEvents[side] = inEvents.GetValueOrDefault(side) + 1;
        if (inEvents.Count == 0 && votes.Count == 0) return null;
        // A caller that some statement addresses or names as a side ("called on Moscow to...") is a party, not an outsider.
        var addressed = drafts.SelectMany(d => d.Sides).ToHashSet(StringComparer.Ordinal);
        var outsiders = drafts.Where(d => d.Type is EventType.CeasefireCalled or EventType.MediationOffered)
            .SelectMany(d => d.Actors).Where(a => !inEvents.ContainsKey(a) && !addressed.Contains(a)).ToHashSet(StringComparer.Ordinal);
        var candidates = sideMentions.Keys.Concat(inEvents.Keys).Concat(votes.Keys.SelectMany(p => new[] { p.Item1, p.Item2 }))
            .Distinct().Where(s => !outsiders.Contains(s)).ToList();
        double Score(string s) => sideMentions.GetValueOrDefault(s) + 2 * inEvents.GetValueOrDefault(s);
        // Each side's home state is asked for by every pair it is in: the dictionary is searched once per side.
        var homes = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Home(string s) => homes.TryGetValue(s, out var home) ? home : homes[s] = homeState(s);
        // A page naming Hezbollah names Lebanon as its ground ("southern Lebanon", "Lebanese"): the group, not its base state, fights.
        var stands = candidates.Where(g => baseState(g) is { } h && Home(g) is not null && candidates.Contains(h))
            .GroupBy(g => baseState(g)!).ToDictionary(x => x.Key, x => x.OrderByDescending(Score).First(), StringComparer.Ordinal);
        bool Replaced(string state, string other) => stands.TryGetValue(state, out var g) && (other == g || other == Home(g));
        double Folded(string group, string enemy) => stands.Count == 0 ? 0 : stands.Where(s => s.Value == group && Home(group) == enemy)
            .Sum(s => Score(s.Key) + votes.GetValueOrDefault(Ordered(s.Key, enemy)));
        (string, string)? best = null;
        var bestScore = 0.0;
        // Every pair of candidates once, then the voted pairs not among them, in that order (a tie keeps the first).
        var candidateSet = candidates.ToHashSet(StringComparer.Ordinal);
        foreach (var pair in Pairs(candidates).Concat(votes.Keys.Where(p => !candidateSet.Contains(p.Item1) || !candidateSet.Contains(p.Item2))))
        {
            var (a, b) = pair;
            var voted = votes.GetValueOrDefault(pair);
            if (voted == 0 && !inEvents.ContainsKey(a) && !inEvents.ContainsKey(b)) continue;
            if (Replaced(a, b) || Replaced(b, a)) continue;
            var score = voted + Score(a) + Score(b) + Folded(a, b) + Folded(b, a) + (Home(a) == b || Home(b) == a ? HomeStateBonus : 0);
            if (score > bestScore) (best, bestScore) = (pair, score);
        }
        return best is { } p ? new ConflictSides(p.Item1, p.Item2) : null;
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static IEnumerable<(string, string)> Pairs(IReadOnlyList<string> sides)
    {
        var distinct = sides.Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < distinct.Count; i++)
            for (var j = i + 1; j < distinct.Count; j++)
                yield return string.CompareOrdinal(distinct[i], distinct[j]) < 0 ? (distinct[i], distinct[j]) : (distinct[j], distinct[i]);
    }
}
