using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Projections.CasualtyTallies;

/// <summary>A figure with the article that gave it.</summary>
public sealed record SourcedFigure(CasualtyFigure Figure, string ArticleId, string Sentence, string? Claimant);

/// <summary>
/// A phase's casualty tally: the highest killed and injured figures reported. Tolls are cumulative in the news,
/// so reports are not summed, which would count the same dead twice.
/// </summary>
public sealed record CasualtyTally(string PhaseId, SourcedFigure? Killed, SourcedFigure? Injured, int Reports);
