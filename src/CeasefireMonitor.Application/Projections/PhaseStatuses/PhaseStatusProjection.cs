using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Domain.Phases;

namespace CeasefireMonitor.Application.Projections.PhaseStatuses;

/// <summary>The live status of every phase, with its history of changes (runs behind the append).</summary>
public sealed class PhaseStatusProjection : IProjection
{
    public const string ProjectionName = "phase-status";

    public string Name => ProjectionName;

    public Type DocumentType => typeof(PhaseStatusDocument);

    public bool Handles(Type eventType) => typeof(IPhaseEvent).IsAssignableFrom(eventType);

    public string? KeyOf(object e) => (e as IPhaseEvent)?.PhaseId;

    public object Apply(object? document, object e, LogPosition at) => Apply(document as PhaseStatusDocument, (IPhaseEvent)e, at);

    public static PhaseStatusDocument Apply(PhaseStatusDocument? document, IPhaseEvent e, LogPosition at)
    {
        var state = (document?.State ?? PhaseState.Initial(e.PhaseId)).Evolve(e);
        // Most reports leave the state as it was: the document is then kept rather than copied for every event.
        if (document is { ConflictName: not null } && ReferenceEquals(state, document.State) && e is not PhaseStatusChanged) return document;
        var conflictName = document?.ConflictName ?? (e as PhaseOpened)?.Sides.Name ?? "";
        var history = document?.History ?? [];
        if (e is PhaseStatusChanged c)
            history = [.. history, new StatusHistoryEntry(c.Sequence, c.OldStatus, c.NewStatus, c.EndReason, c.OccurredOn, at.Created, at.Position, c.Evidence)];
        return new PhaseStatusDocument(state, conflictName, history);
    }
}
