using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Projections.CasualtyTallies;

/// <summary>Casualty tallies per phase (runs behind the append).</summary>
public sealed class CasualtyProjection : IProjection
{
    public const string ProjectionName = "casualties";

    public string Name => ProjectionName;

    public Type DocumentType => typeof(CasualtyTally);

    public bool Handles(Type eventType) => eventType == typeof(CasualtiesReported);

    public string? KeyOf(object e) => e is CasualtiesReported { Report.IsBackground: false } c ? c.PhaseId : null;

    public object Apply(object? document, object e, LogPosition at)
    {
        var reported = (CasualtiesReported)e;
        var tally = document as CasualtyTally ?? new CasualtyTally(reported.PhaseId, null, null, 0);
        return tally with
        {
            Killed = Higher(tally.Killed, reported.Casualties.Killed, reported.Report),
            Injured = Higher(tally.Injured, reported.Casualties.Injured, reported.Report),
            Reports = tally.Reports + 1,
        };
    }

    private static SourcedFigure? Higher(SourcedFigure? current, CasualtyFigure? reported, EventReport report) =>
        reported is null || (current is not null && current.Figure.Count >= reported.Count)
            ? current
            : new SourcedFigure(reported, report.Evidence.ArticleId, report.Evidence.Sentence, report.Claim?.Claimant);
}
