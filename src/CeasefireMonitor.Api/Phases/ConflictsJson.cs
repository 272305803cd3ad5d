using CeasefireMonitor.Application.Queries;
using CeasefireMonitor.Domain.Phases;

namespace CeasefireMonitor.Api.Phases;

/// <summary>GET /api/conflicts: each conflict with its phases, oldest first.</summary>
public sealed record ConflictsJson(IReadOnlyList<ConflictsJson.Conflict> Conflicts)
{
    public sealed record Conflict(string ConflictId, string Name, IReadOnlyList<Phase> Phases);

    public sealed record Phase(string PhaseId, string StartedOn, PhaseStatus? Status, EndReason? EndReason);

    public static ConflictsJson From(IReadOnlyList<PhaseView> phases) =>
        new([.. phases.GroupBy(p => p.ConflictId).Select(g => new Conflict(g.Key, g.First().Conflict,
            [.. g.OrderBy(p => p.StartedOn, StringComparer.Ordinal).Select(p => new Phase(p.PhaseId, p.StartedOn, p.Status, p.EndReason))]))]);
}

/// <summary>GET /api/casualties: the tallies asked for.</summary>
public sealed record CasualtiesJson(IReadOnlyList<Application.Projections.CasualtyTallies.CasualtyTally> Casualties);
