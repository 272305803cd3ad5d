using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Cli.Output;

/// <summary>The shape of one event in `extract --json`.</summary>
public sealed record FactJson(
    EventType Type,
    string OccurredOn,
    string PublishedOn,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Sides,
    string Conflict,
    string? Location,
    Claim? Claim,
    Casualties? Casualties,
    bool IsBackground,
    Evidence Evidence,
    string ExtractorVersion)
{
    public static FactJson From(ReportedFact f) =>
        new(f.Type, f.Report.OccurredOn.ToString(), f.Report.PublishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), f.Report.Actors,
            [f.Report.Sides.A, f.Report.Sides.B], f.Report.Sides.ConflictId, f.Report.Location, f.Report.Claim, f.Casualties, f.Report.IsBackground, f.Report.Evidence, f.Report.ExtractorVersion);
}
