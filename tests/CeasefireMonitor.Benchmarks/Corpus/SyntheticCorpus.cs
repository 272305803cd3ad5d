using System.Text;

namespace CeasefireMonitor.Benchmarks.Corpus;

/// <summary>
/// Generates news-like articles about many conflicts, in publication order. The same count and seed always give
/// the same articles, so every run of every benchmark reads the same text.
/// </summary>
public static class SyntheticCorpus
{
    public const int DefaultSeed = 1_729;
    private const int InventedConflicts = 35;

    private static readonly DateOnly FirstDay = new(2019, 1, 1);
    private static readonly DateOnly LastDay = new(2025, 6, 30);

    /// <summary>Generates lazily, so a large corpus never sits in memory whole.</summary>
    public static IEnumerable<SyntheticArticle> Stream(int count, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var plans = Plans(random);
        var totalWeight = plans.Sum(p => p.Weight);
        var span = LastDay.DayNumber - FirstDay.DayNumber;
        for (var i = 0; i < count; i++)
        {
            var published = FirstDay.AddDays((int)((long)span * i / Math.Max(1, count)));
            yield return new ArticleWriter(random, PickPlan(plans, totalWeight, random), published).Write(i, seed);
        }
    }

    public static IReadOnlyList<SyntheticArticle> Generate(int count, int seed = DefaultSeed) => [.. Stream(count, seed)];

    public static long Utf8Bytes(IEnumerable<SyntheticArticle> articles) => articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));

    // The news conflicts, then invented pairings of the same states and groups; a few conflicts get most coverage.
    private static List<ConflictPlan> Plans(Random random)
    {
        var pairs = new List<Belligerents>(BelligerentCatalog.Known);
        var seen = pairs.Select(p => (p.A.Name, p.B.Name)).ToHashSet();
        while (pairs.Count < BelligerentCatalog.Known.Count + InventedConflicts)
        {
            var state = BelligerentCatalog.States[random.Next(BelligerentCatalog.States.Count)];
            var group = BelligerentCatalog.Groups[random.Next(BelligerentCatalog.Groups.Count)];
            if (!seen.Add((state.Name, group.Name))) continue;
            var places = Enumerable.Range(0, 4).Select(_ => BelligerentCatalog.InventedPlaces[random.Next(BelligerentCatalog.InventedPlaces.Count)]).Distinct().ToList();
            pairs.Add(new Belligerents(state, group, places));
        }
        return [.. pairs.Select((p, i) => new ConflictPlan(p, FirstDay.DayNumber + random.Next(365), 90 + random.Next(300), 1.0 / (1 + i * 0.15)))];
    }

    private static ConflictPlan PickPlan(List<ConflictPlan> plans, double totalWeight, Random random)
    {
        var roll = random.NextDouble() * totalWeight;
        foreach (var plan in plans)
        {
            if (roll < plan.Weight) return plan;
            roll -= plan.Weight;
        }
        return plans[^1];
    }
}
