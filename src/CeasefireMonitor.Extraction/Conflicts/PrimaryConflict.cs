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
        var anyPaired = false;
        foreach (var d in drafts) anyPaired |= d.Sides.Count == 2;
        var pairs = new List<(string, string)>();
        foreach (var d in drafts)
        {
            if (anyPaired ? d.Sides.Count != 2 : d.Sides.Count <= 2) continue;
            Pairs(d.Sides, pairs);
            foreach (var pair in pairs) Vote(pair, (d.Type is EventType.ClashReported or EventType.CasualtiesReported ? FightingVote : OtherVote) / (double)pairs.Count);
        }
        if (headlineSides.Count >= 2)
        {
            Pairs(headlineSides, pairs);
            foreach (var pair in pairs) Vote(pair, FightingVote);
        }
        return Best(drafts, votes, sideMentions, homeState, baseState);
    }

    // Every pair of sides the page names competes: its statements' votes, how often the page names each side and their events name
    // it, and whether one is an armed group fighting at home in the other. Callers and mediators who take part in no event are outsiders.
    private static ConflictSides? Best(IReadOnlyList<FactDraft> drafts, Dictionary<(string, string), double> votes, IReadOnlyDictionary<string, int> sideMentions, Func<string, string?> homeState, Func<string, string?> baseState)
    {
        var inEvents = EventSides(drafts);
        if (inEvents.Count == 0 && votes.Count == 0) return null;
        var candidates = Candidates(drafts, votes, sideMentions, inEvents);
        var isCandidate = candidates.ToHashSet(StringComparer.Ordinal);
        double Score(string s) => sideMentions.GetValueOrDefault(s) + 2 * inEvents.GetValueOrDefault(s);
        // Each side's home state is asked for by every pair it is in: the dictionary is searched once per side.
        var homes = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Home(string s) => homes.TryGetValue(s, out var home) ? home : homes[s] = homeState(s);
        // A page naming Hezbollah names Lebanon as its ground ("southern Lebanon", "Lebanese"): the group, not its base state, fights.
        // Each base state stands for its best scored group (the first on a tie).
        var stands = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in candidates)
            if (baseState(g) is { } h && Home(g) is not null && isCandidate.Contains(h) && (!stands.TryGetValue(h, out var other) || Score(g) > Score(other))) stands[h] = g;
        bool Replaced(string state, string other) => stands.TryGetValue(state, out var g) && (other == g || other == Home(g));
        double Folded(string group, string enemy)
        {
            var folded = 0.0;
            foreach (var (state, g) in stands)
                if (g == group && Home(group) == enemy) folded += Score(state) + votes.GetValueOrDefault(Ordered(state, enemy));
            return folded;
        }
        (string, string)? best = null;
        var bestScore = 0.0;
        void Consider((string, string) pair)
        {
            var (a, b) = pair;
            var voted = votes.GetValueOrDefault(pair);
            if (voted == 0 && !inEvents.ContainsKey(a) && !inEvents.ContainsKey(b)) return;
            if (Replaced(a, b) || Replaced(b, a)) return;
            var score = voted + Score(a) + Score(b) + Folded(a, b) + Folded(b, a) + (Home(a) == b || Home(b) == a ? HomeStateBonus : 0);
            if (score > bestScore) (best, bestScore) = (pair, score);
        }
        // Every pair of candidates once, then the voted pairs not among them, in that order (a tie keeps the first).
        for (var i = 0; i < candidates.Count; i++)
            for (var j = i + 1; j < candidates.Count; j++)
                Consider(Ordered(candidates[i], candidates[j]));
        foreach (var pair in votes.Keys)
            if (!isCandidate.Contains(pair.Item1) || !isCandidate.Contains(pair.Item2)) Consider(pair);
        return best is { } p ? new ConflictSides(p.Item1, p.Item2) : null;
    }

    // How many events (neither calls nor offers) name each side, once per event, in the order first named.
    private static Dictionary<string, int> EventSides(IReadOnlyList<FactDraft> drafts)
    {
        var inEvents = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            if (d.Type is EventType.CeasefireCalled or EventType.MediationOffered || d.Sides.Count > 2) continue;
            for (var i = 0; i < d.Sides.Count; i++)
                if (i == 0 || d.Sides[i] != d.Sides[0]) inEvents[d.Sides[i]] = inEvents.GetValueOrDefault(d.Sides[i]) + 1;
        }
        return inEvents;
    }

    // The sides the page names, then those its events and votes name, each once, less the outsiders.
    private static List<string> Candidates(IReadOnlyList<FactDraft> drafts, Dictionary<(string, string), double> votes, IReadOnlyDictionary<string, int> sideMentions, Dictionary<string, int> inEvents)
    {
        // A caller that some statement addresses or names as a side ("called on Moscow to...") is a party, not an outsider.
        var addressed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in drafts)
            foreach (var side in d.Sides) addressed.Add(side);
        var outsiders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in drafts)
            if (d.Type is EventType.CeasefireCalled or EventType.MediationOffered)
                foreach (var a in d.Actors)
                    if (!inEvents.ContainsKey(a) && !addressed.Contains(a)) outsiders.Add(a);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<string>();
        void Add(string side)
        {
            if (seen.Add(side) && !outsiders.Contains(side)) candidates.Add(side);
        }
        foreach (var side in sideMentions.Keys) Add(side);
        foreach (var side in inEvents.Keys) Add(side);
        foreach (var (a, b) in votes.Keys)
        {
            Add(a);
            Add(b);
        }
        return candidates;
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    // Each pair of distinct sides once, in the order first named, into a list reused for every statement.
    private static void Pairs(IReadOnlyList<string> sides, List<(string, string)> pairs)
    {
        pairs.Clear();
        for (var i = 0; i < sides.Count; i++)
            if (FirstOf(sides, i))
                for (var j = i + 1; j < sides.Count; j++)
                    if (FirstOf(sides, j)) pairs.Add(Ordered(sides[i], sides[j]));
    }

    private static bool FirstOf(IReadOnlyList<string> sides, int at)
    {
        for (var k = 0; k < at; k++)
            if (string.Equals(sides[k], sides[at], StringComparison.Ordinal)) return false;
        return true;
    }
}
