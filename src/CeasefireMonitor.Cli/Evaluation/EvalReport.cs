using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction;

namespace CeasefireMonitor.Cli.Evaluation;

/// <summary>The figures over a whole evaluation set: per type and overall, traps taken and the worst articles.</summary>
public sealed record EvalReport(
    int Articles,
    IReadOnlyDictionary<EventType, TypeCounts> PerType,
    TypeCounts Overall,
    int Traps,
    int ConflictsFound,
    int ConflictsScored,
    IReadOnlyList<ArticleScore> Scores)
{
    public IEnumerable<(string Article, ScoredItem Trap)> TrapsTaken => Scores.SelectMany(s => s.TrapsTaken.Select(t => (s.Article, t)));

    public IReadOnlyList<ArticleScore> Worst(int count) =>
        [.. Scores.Where(s => s.Badness > 0).OrderByDescending(s => s.Badness).ThenBy(s => s.Article, StringComparer.Ordinal).Take(count)];

    /// <summary>Runs the extractor on every article (page text, gold publication date, headline and date order) and scores it.</summary>
    public static EvalReport Run(IReadOnlyList<EvalArticle> articles, ArticleExtractor extractor)
    {
        var scores = articles.Select(a =>
        {
            var order = Enum.TryParse<DateOrder>(a.Gold.DateOrder, out var o) ? o : DateOrder.Unknown;
            var text = new ArticleText(a.Name, a.Text, DateOnly.ParseExact(a.Gold.Published, "yyyy-MM-dd"), a.Gold.Title, order);
            return ArticleScorer.Score(a, extractor.Extract(text));
        }).ToList();
        var perType = Enum.GetValues<EventType>().ToDictionary(t => t, t => scores.Aggregate(TypeCounts.Zero, (sum, s) => sum.Add(s.Counts[t])));
        var overall = perType.Values.Aggregate(TypeCounts.Zero, (sum, c) => sum.Add(c));
        var traps = articles.Sum(a => a.Gold.Traps?.Count ?? 0);
        var conflicts = scores.Where(s => s.ConflictFound is not null).ToList();
        return new EvalReport(articles.Count, perType, overall, traps, conflicts.Count(s => s.ConflictFound == true), conflicts.Count, scores);
    }
}
