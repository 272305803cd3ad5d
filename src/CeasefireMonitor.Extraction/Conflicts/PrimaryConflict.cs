using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Facts;

namespace CeasefireMonitor.Extraction.Conflicts;

/// <summary>The article's main pair of opposing sides: the pair its statements (and headline) support most, else the sides the whole page names most.</summary>
internal static class PrimaryConflict
{
    private const int FightingVote = 10;
    private const int OtherVote = 5;
    private const int HomeStateBonus = 5;

    /// <param name="homeState">The state an armed group fights at home (the country of the regions it holds), if known.</param>
    public static ConflictSides? Find(IReadOnlyList<FactDraft> drafts, IReadOnlyList<string> headlineSides, IReadOnlyDictionary<string, int> sideMentions, Func<string, string?> homeState)
    {
        var votes = new Dictionary<(string, string), double>();
        var order = new List<(string, string)>();
        void Vote((string, string) pair, double weight)
        {
            if (!votes.ContainsKey(pair)) order.Add(pair);
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
        if (votes.Count > 0)
        {
            var best = order.OrderByDescending(p => votes[p] + sideMentions.GetValueOrDefault(p.Item1) + sideMentions.GetValueOrDefault(p.Item2)).First();
            return new ConflictSides(best.Item1, best.Item2);
        }
        return FromMentions(drafts, sideMentions, homeState);
    }

    // No statement names two sides: pair the sides the page's events name with the side it names most, never a caller or mediator.
    private static ConflictSides? FromMentions(IReadOnlyList<FactDraft> drafts, IReadOnlyDictionary<string, int> sideMentions, Func<string, string?> homeState)
    {
        var inEvents = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var side in drafts.Where(d => d.Type is not (EventType.CeasefireCalled or EventType.MediationOffered)).SelectMany(d => d.Sides.Distinct()))
            inEvents[side] = inEvents.GetValueOrDefault(side) + 1;
        if (inEvents.Count == 0) return null;
        var outsiders = drafts.Where(d => d.Type is EventType.CeasefireCalled or EventType.MediationOffered)
            .SelectMany(d => d.Actors).Where(a => !inEvents.ContainsKey(a)).ToHashSet(StringComparer.Ordinal);
        var candidates = sideMentions.Keys.Concat(inEvents.Keys).Distinct().Where(s => !outsiders.Contains(s)).ToList();
        double Score(string s) => sideMentions.GetValueOrDefault(s) + 3 * inEvents.GetValueOrDefault(s);
        (string, string)? best = null;
        var bestScore = 0.0;
        foreach (var (a, b) in Pairs(candidates))
        {
            if (!inEvents.ContainsKey(a) && !inEvents.ContainsKey(b)) continue;
            var score = Score(a) + Score(b) + (homeState(a) == b || homeState(b) == a ? HomeStateBonus : 0);
            if (score > bestScore) (best, bestScore) = ((a, b), score);
        }
        return best is { } p ? new ConflictSides(p.Item1, p.Item2) : null;
    }

    private static IEnumerable<(string, string)> Pairs(IReadOnlyList<string> sides)
    {
        var distinct = sides.Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < distinct.Count; i++)
            for (var j = i + 1; j < distinct.Count; j++)
                yield return string.CompareOrdinal(distinct[i], distinct[j]) < 0 ? (distinct[i], distinct[j]) : (distinct[j], distinct[i]);
    }
}
