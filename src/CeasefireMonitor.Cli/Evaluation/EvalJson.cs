namespace CeasefireMonitor.Cli.Evaluation;

/// <summary>The shape of `eval --json`.</summary>
public sealed record EvalJson(
    int Articles,
    IReadOnlyList<EvalJson.TypeFigures> Types,
    EvalJson.TypeFigures Overall,
    int Traps,
    IReadOnlyList<EvalJson.TakenTrap> TrapsTaken,
    EvalJson.ConflictFigures Conflicts,
    IReadOnlyList<ArticleScore> Worst)
{
    public sealed record TypeFigures(string Type, double Precision, double Recall, double F1, double RecallAll, TypeCounts Counts);

    public sealed record TakenTrap(string Article, ScoredItem Trap);

    public sealed record ConflictFigures(int Found, int Scored);

    public static EvalJson From(EvalReport r, int worst) =>
        new(r.Articles, [.. r.PerType.Select(p => Figures(p.Key.ToString(), p.Value))], Figures("Overall", r.Overall), r.Traps,
            [.. r.TrapsTaken.Select(t => new TakenTrap(t.Article, t.Trap))], new(r.ConflictsFound, r.ConflictsScored), r.Worst(worst));

    private static TypeFigures Figures(string type, TypeCounts c) => new(type, Round(c.Precision), Round(c.Recall), Round(c.F1), Round(c.RecallAll), c);

    private static double Round(double v) => Math.Round(v, 3);
}
