using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Phases;

namespace CeasefireMonitor.Domain.Conflicts;

/// <summary>Which dates belong to a phase: a clash more than this many days after its last activity opens a new phase.</summary>
public static class PhaseWindow
{
    public const int GapDays = 30;

    public static DateOnly Opens(PhaseState phase) => phase.StartedOn.Earliest.AddDays(-GapDays);

    public static DateOnly Closes(PhaseState phase) => phase.LastActivity.Latest.AddDays(GapDays);

    public static bool Covers(PhaseState phase, PartialDate date) =>
        date.Latest >= Opens(phase) && date.Earliest <= Closes(phase);

    /// <summary>A date given only to the year or month belongs to a phase that was active in that period.</summary>
    public static bool CoversPeriod(PhaseState phase, PartialDate date) =>
        date.Latest >= phase.StartedOn.Earliest && date.Earliest <= phase.LastActivity.Latest;
}
