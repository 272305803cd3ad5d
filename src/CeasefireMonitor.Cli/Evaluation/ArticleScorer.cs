using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Cli.Evaluation;

/// <summary>
/// Scores the extractor's events for one article against its gold file. A required gold event is found by an extracted event of
/// the same type, date (at the gold precision), overlapping actors, from the sentence holding the gold evidence. An extracted
/// event is correct when it matches any gold event that way in any sentence (one event restated elsewhere is not an error).
/// A trap is taken when a listed type comes from the trap's sentence, outside its allowed date and unless allowed as a disputed claim.
/// </summary>
public static class ArticleScorer
{
    public static ArticleScore Score(EvalArticle article, IReadOnlyList<ReportedFact> facts)
    {
        var gold = Gold(article);
        var counts = Enum.GetValues<EventType>().ToDictionary(t => t, _ => TypeCounts.Zero);
        var missed = new List<ScoredItem>();
        foreach (var g in gold)
        {
            var found = facts.Any(f => Matches(f, g) && Overlaps(f, g.Start, g.Length));
            counts[g.Type] = counts[g.Type].Add(new(0, 0, g.Event.Required ? 1 : 0, g.Event.Required && found ? 1 : 0, 1, found ? 1 : 0));
            if (g.Event.Required && !found) missed.Add(new(g.Type.ToString(), g.Event.OccurredOn, g.Event.Actors ?? [], g.Event.Evidence) { Nearest = NearMiss(facts, g) });
        }
        var spurious = new List<ScoredItem>();
        foreach (var f in facts)
        {
            var correct = gold.Any(g => Matches(f, g));
            counts[f.Type] = counts[f.Type].Add(new(1, correct ? 1 : 0, 0, 0, 0, 0));
            if (!correct) spurious.Add(Item(f));
        }
        var taken = new List<ScoredItem>();
        foreach (var trap in article.Gold.Traps ?? [])
        {
            var start = article.Text.IndexOf(trap.Evidence, StringComparison.Ordinal);
            if (start < 0) throw new InvalidDataException($"{article.Name}: trap evidence not in the article: '{trap.Evidence}'");
            foreach (var f in facts.Where(f => Overlaps(f, start, trap.Evidence.Length) && trap.MustNotBe.Contains(f.Type.ToString()) && !Excused(f, trap)))
                taken.Add(Item(f) with { Kind = trap.Kind, Evidence = trap.Evidence });
        }
        return new ArticleScore(article.Name, counts, missed, spurious, taken, ConflictFound(article.Gold.Conflict ?? [], facts));
    }

    private sealed record Located(EventType Type, PartialDate Date, GoldEvent Event, int Start, int Length);

    private static List<Located> Gold(EvalArticle article) =>
        [.. (article.Gold.Events ?? []).Select(e =>
        {
            if (!Enum.TryParse<EventType>(e.Type, out var type)) throw new InvalidDataException($"{article.Name}: unknown event type '{e.Type}'");
            if (!PartialDate.TryParse(e.OccurredOn, out var date)) throw new InvalidDataException($"{article.Name}: bad date '{e.OccurredOn}'");
            var start = article.Text.IndexOf(e.Evidence, StringComparison.Ordinal);
            if (start < 0) throw new InvalidDataException($"{article.Name}: evidence not in the article: '{e.Evidence}'");
            return new Located(type, date, e, start, e.Evidence.Length);
        })];

    private static bool Matches(ReportedFact f, Located g) =>
        f.Type == g.Type && SameDate(f.Report.OccurredOn, g.Date) && SharesActor(f, g.Event.Actors ?? []);

    /// <summary>The extracted date must be at least as precise as the gold one and agree with it at the gold precision.</summary>
    private static bool SameDate(PartialDate extracted, PartialDate gold) =>
        extracted.Precision >= gold.Precision && extracted.Year == gold.Year
        && (gold.Precision < DatePrecision.Month || extracted.Month == gold.Month)
        && (gold.Precision < DatePrecision.Day || extracted.Day == gold.Day);

    private static bool SharesActor(ReportedFact f, IReadOnlyList<string> gold)
    {
        if (gold.Count == 0) return true;
        IReadOnlyList<string> actors = f.Report.Actors.Count > 0 ? f.Report.Actors : [f.Report.Sides.A, f.Report.Sides.B];
        return actors.Any(a => gold.Contains(a, StringComparer.OrdinalIgnoreCase));
    }

    private static bool Overlaps(ReportedFact f, int start, int length) =>
        f.Report.Evidence.Start < start + length && start < f.Report.Evidence.Start + f.Report.Evidence.Length;

    private static bool Excused(ReportedFact f, GoldTrap trap)
    {
        if (trap.AllowedIfDisputed == true && f.Report.Claim is { IsDisputed: true }) return true;
        return trap.AllowedOn is not null && PartialDate.TryParse(trap.AllowedOn, out var allowed) && SameDate(f.Report.OccurredOn, allowed);
    }

    /// <summary>Whether the sides most of the article's events carry are the gold conflict's parties (no events when it has none).</summary>
    private static bool? ConflictFound(IReadOnlyList<string> conflict, IReadOnlyList<ReportedFact> facts)
    {
        if (conflict.Count == 0) return facts.Count == 0;
        if (facts.Count == 0) return false;
        var main = facts.GroupBy(f => f.Report.Sides).OrderByDescending(g => g.Count()).First().Key;
        return conflict.Contains(main.A, StringComparer.OrdinalIgnoreCase) && conflict.Contains(main.B, StringComparer.OrdinalIgnoreCase);
    }

    // What the extractor read from the gold sentence instead, so a reader tells a wrong date or actor from a missing trigger.
    private static string? NearMiss(IReadOnlyList<ReportedFact> facts, Located g) =>
        facts.Where(f => f.Type == g.Type && Overlaps(f, g.Start, g.Length)).Select(f => $"{f.Report.OccurredOn} [{string.Join(", ", f.Report.Actors)}]").FirstOrDefault();

    private static ScoredItem Item(ReportedFact f) =>
        new(f.Type.ToString(), f.Report.OccurredOn.ToString(), f.Report.Actors, f.Report.Evidence.Sentence.Trim());
}
