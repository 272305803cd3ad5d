using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Domain.Phases;

/// <summary>A change of a phase's status caused by one event.</summary>
public sealed record StatusChange(
    string PhaseId,
    PhaseStatus? OldStatus,
    PhaseStatus NewStatus,
    EndReason? EndReason,
    PartialDate OccurredOn,
    Evidence Evidence)
{
    /// <summary>The change between two consecutive states, or null when the status did not change.</summary>
    public static StatusChange? Between(PhaseState before, PhaseState after) =>
        after.Status is { } status && (before.Status != status || before.EndReason != after.EndReason) && after.StatusEvidence is { } evidence && after.Since is { } since
            ? new StatusChange(after.PhaseId, before.Status, status, after.EndReason, since, evidence)
            : null;
}
