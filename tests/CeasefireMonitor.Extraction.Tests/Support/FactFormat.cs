using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Extraction.Tests.Support;

/// <summary>One line per fact, for readable assertion failures.</summary>
internal static class FactFormat
{
    public static string Line(ReportedFact f)
    {
        var r = f.Report;
        var claim = r.Claim is null ? "" : $" claim={r.Claim.Claimant}" + (r.Claim.IsDisputed ? $" disputedBy={string.Join("+", r.Claim.DisputedBy)}" : "");
        var cas = f.Casualties is null ? "" : $" killed={f.Casualties.Killed} injured={f.Casualties.Injured} victims={f.Casualties.Victims}";
        return $"{f.Type} {r.OccurredOn}{(r.IsBackground ? " bg" : "")} [{string.Join(", ", r.Actors)}] {r.Sides.Name} @{r.Location}{claim}{cas} :: {r.Evidence.Sentence}";
    }

    public static string Lines(IEnumerable<ReportedFact> facts) => string.Join(Environment.NewLine, facts.Select(Line));
}
