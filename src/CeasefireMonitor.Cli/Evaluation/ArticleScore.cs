using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Cli.Evaluation;

/// <summary>A gold event, extracted event or trap named in a report: its type, date and the sentence it comes from.</summary>
public sealed record ScoredItem(string Type, string Date, IReadOnlyList<string> Actors, string Evidence, string? Kind = null)
{
    /// <summary>For a missed gold event: the same type read from its sentence with another date or actors.</summary>
    public string? Nearest { get; init; }
}

/// <summary>How the extractor did on one article.</summary>
public sealed record ArticleScore(
    string Article,
    IReadOnlyDictionary<EventType, TypeCounts> Counts,
    IReadOnlyList<ScoredItem> MissedRequired,
    IReadOnlyList<ScoredItem> Spurious,
    IReadOnlyList<ScoredItem> TrapsTaken,
    bool? ConflictFound)
{
    /// <summary>What makes an article bad: a trap weighs most, then a missed required event, then a wrong event.</summary>
    public int Badness => (3 * TrapsTaken.Count) + (2 * MissedRequired.Count) + Spurious.Count;
}
