using CeasefireMonitor.Domain.Phases;

namespace CeasefireMonitor.Application.Queries;

/// <summary>The shape of `status --json` and of GET /api/phases: {"phases":[…]}.</summary>
public sealed record StatusJson(IReadOnlyList<StatusJson.Phase> Phases)
{
    public sealed record Phase(string Conflict, string PhaseId, string StartedOn, PhaseStatus? Status, EndReason? EndReason, string? Since, string? Evidence);

    public static StatusJson From(IReadOnlyList<PhaseView> views) =>
        new([.. views.Select(v => new Phase(v.Conflict, v.PhaseId, v.StartedOn, v.Status, v.EndReason, v.Since, v.Evidence?.Sentence))]);
}
