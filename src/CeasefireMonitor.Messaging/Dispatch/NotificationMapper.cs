using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Contracts;
using CeasefireMonitor.Store.Port;
using Recorded = CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Messaging.Dispatch;

/// <summary>
/// The one mapping from recorded domain events to the published contracts, used by the dispatcher and by catch-up
/// reads alike. It remembers each phase's conflict and start, which a status change does not carry; ids are derived, never random.
/// </summary>
public sealed class NotificationMapper(IDictionary<string, PhaseInfo>? phases = null)
{
    private readonly IDictionary<string, PhaseInfo> _phases = phases ?? new Dictionary<string, PhaseInfo>();
    private readonly HashSet<string> _changed = [];

    public static Guid StatusChangeId(string phaseId, int sequence) =>
        EventSerializer.DeterministicId("phase-status-changed", phaseId, sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Guid PhaseOpenedId(string phaseId) => EventSerializer.DeterministicId("phase-opened", phaseId);

    /// <summary>What each phase's notifications say about it, by phase id.</summary>
    public IDictionary<string, PhaseInfo> Phases => _phases;

    /// <summary>Phases whose information changed since the last <see cref="TakeChangedPhases"/>.</summary>
    public IReadOnlyCollection<string> TakeChangedPhases()
    {
        var changed = _changed.ToList();
        _changed.Clear();
        return changed;
    }

    /// <summary>The notification a recorded event is published as, or null when it is not one.</summary>
    public Notification? Map(RecordedEvent recorded)
    {
        switch (EventSerializer.Deserialize(recorded))
        {
            case Recorded.PhaseOpened opened:
                Remember(opened.PhaseId, new PhaseInfo(opened.Sides.Name, opened.StartedOn.ToString()));
                var openedMessage = ToContract(opened, recorded.Created);
                return new Notification(opened.PhaseId, openedMessage.MessageId, openedMessage);
            case Recorded.PhaseStartRevised revised when _phases.TryGetValue(revised.PhaseId, out var info):
                Remember(revised.PhaseId, info with { StartedOn = revised.StartedOn.ToString() });
                return null;
            case Recorded.PhaseStatusChanged change:
                var message = ToContract(change, _phases.TryGetValue(change.PhaseId, out var phase) ? phase : new PhaseInfo(change.ConflictId, ""), recorded.Created);
                return new Notification(change.PhaseId, message.MessageId, message);
            default:
                return null;
        }
    }

    private void Remember(string phaseId, PhaseInfo info)
    {
        _phases[phaseId] = info;
        _changed.Add(phaseId);
    }

    private static PhaseStatusChanged ToContract(Recorded.PhaseStatusChanged e, PhaseInfo phase, DateTimeOffset recordedAt) => new()
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

    private static PhaseOpened ToContract(Recorded.PhaseOpened e, DateTimeOffset recordedAt) => new()
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

/// <summary>A contract message ready to publish, with the phase it belongs to and its deterministic id.</summary>
public sealed record Notification(string PhaseId, Guid MessageId, object Message);
