using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Domain.Phases;

namespace CeasefireMonitor.Application.Projections.PhaseStatuses;

/// <summary>One entry of a phase's status history: the change, when it happened in the world and when it was recorded.</summary>
public sealed record StatusHistoryEntry(
    int Sequence,
    PhaseStatus? OldStatus,
    PhaseStatus NewStatus,
    EndReason? EndReason,
    PartialDate OccurredOn,
    DateTimeOffset RecordedAt,
    long Position,
    Evidence Evidence);

/// <summary>The phase-status read model: the folded state and every change it went through.</summary>
public sealed record PhaseStatusDocument(PhaseState State, string ConflictName, IReadOnlyList<StatusHistoryEntry> History);
