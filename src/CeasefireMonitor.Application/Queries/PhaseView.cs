using CeasefireMonitor.Application.Projections.PhaseStatuses;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Domain.Phases;

namespace CeasefireMonitor.Application.Queries;

/// <summary>A phase as users see it: the shape of `status --json` and of the HTTP API.</summary>
public sealed record PhaseView(
    string Conflict,
    string ConflictId,
    string PhaseId,
    string StartedOn,
    PhaseStatus? Status,
    EndReason? EndReason,
    string? Since,
    Evidence? Evidence,
    IReadOnlyList<StatusHistoryEntry> History)
{
    public static PhaseView From(PhaseStatusDocument d) =>
        new(d.ConflictName, d.State.ConflictId, d.State.PhaseId, d.State.StartedOn.ToString(), d.State.Status, d.State.EndReason, d.State.Since?.ToString(), d.State.StatusEvidence, d.History);
}
