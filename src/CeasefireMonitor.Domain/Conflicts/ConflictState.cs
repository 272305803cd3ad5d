using System.Collections.Immutable;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Domain.Phases;

namespace CeasefireMonitor.Domain.Conflicts;

/// <summary>A conflict (a pair of opposing sides) and the state of each of its phases, folded from the conflict's stream.</summary>
public sealed record ConflictState(string ConflictId, ImmutableDictionary<string, PhaseState> Phases)
{
    public static ConflictState Initial(string conflictId) => new(conflictId, ImmutableDictionary<string, PhaseState>.Empty);

    public static ConflictState Fold(string conflictId, IEnumerable<IPhaseEvent> events) =>
        events.Aggregate(Initial(conflictId), (state, e) => state.Evolve(e));

    public ConflictState Evolve(IPhaseEvent e)
    {
        var phase = Phases.GetValueOrDefault(e.PhaseId) ?? PhaseState.Initial(e.PhaseId);
        return this with { Phases = Phases.SetItem(e.PhaseId, phase.Evolve(e)) };
    }
}
