using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Facts;

namespace CeasefireMonitor.Extraction.Conflicts;

/// <summary>The article's main pair of opposing sides: the pair its clash and casualty statements (and headline) support most.</summary>
internal static class PrimaryConflict
{
    public static ConflictSides? Find(IReadOnlyList<FactDraft> drafts, IReadOnlyList<string> headlineSides, IReadOnlyDictionary<string, int> sideMentions)
    {
        var votes = new Dictionary<(string, string), int>();
        var order = new List<(string, string)>();
        void Vote((string, string) pair, int weight)
        {
            if (!votes.ContainsKey(pair)) order.Add(pair);
            votes[pair] = votes.GetValueOrDefault(pair) + weight;
        }
        // Fighting between two named sides weighs most; calls addressed to two sides also tell who is at war.
        foreach (var d in drafts.Where(d => d.Sides.Count == 2))
            Vote(Pair(d.Sides[0], d.Sides[1]), d.Type is EventType.ClashReported or EventType.CasualtiesReported ? 10 : 5);
        if (headlineSides.Count == 2) Vote(Pair(headlineSides[0], headlineSides[1]), 10);
        if (votes.Count == 0) return null;
        var best = order.OrderByDescending(p => votes[p] + sideMentions.GetValueOrDefault(p.Item1) + sideMentions.GetValueOrDefault(p.Item2)).First();
        return new ConflictSides(best.Item1, best.Item2);
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
