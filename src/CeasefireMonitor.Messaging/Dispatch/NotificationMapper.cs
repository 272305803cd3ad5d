using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Contracts;
using Recorded = CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Messaging.Dispatch;

/// <summary>Maps recorded domain events to the published contracts; message ids are derived, never random.</summary>
public static class NotificationMapper
{
    public static Guid StatusChangeId(string phaseId, int sequence) =>
        EventSerializer.DeterministicId("phase-status-changed", phaseId, sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Guid PhaseOpenedId(string phaseId) => EventSerializer.DeterministicId("phase-opened", phaseId);

    public static PhaseStatusChanged ToContract(Recorded.PhaseStatusChanged e, PhaseInfo phase, DateTimeOffset recordedAt) => new()
    {
        MessageId = StatusChangeId(e.PhaseId, e.Sequence),
        Conflict = phase.Conflict,
        ConflictId = e.ConflictId,
        PhaseId = e.PhaseId,
        PhaseStartedOn = phase.StartedOn,
        Sequence = e.Sequence,
        OldStatus = e.OldStatus?.ToString(),
        NewStatus = e.NewStatus.ToString(),
        EndReason = e.EndReason?.ToString(),
        OccurredOn = e.OccurredOn.ToString(),
        RecordedAt = recordedAt,
        Evidence = [new EvidenceItem { ArticleId = e.Evidence.ArticleId, Sentence = e.Evidence.Sentence }],
    };

    public static PhaseOpened ToContract(Recorded.PhaseOpened e, DateTimeOffset recordedAt) => new()
    {
        MessageId = PhaseOpenedId(e.PhaseId),
        Conflict = e.Sides.Name,
        ConflictId = e.ConflictId,
        PhaseId = e.PhaseId,
        StartedOn = e.StartedOn.ToString(),
        RecordedAt = recordedAt,
        Evidence = new EvidenceItem { ArticleId = e.Evidence.ArticleId, Sentence = e.Evidence.Sentence },
    };
}

/// <summary>What a notification needs to say about its phase.</summary>
public sealed record PhaseInfo(string Conflict, string StartedOn);
