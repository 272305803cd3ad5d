using System.Runtime.CompilerServices;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Contracts;
using Recorded = CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Messaging.Dispatch;

/// <summary>Reads the recorded status changes from the log as the notifications they are published as.</summary>
public sealed class StatusChangeLog(IEventStore events)
{
    private readonly Dictionary<string, PhaseInfo> _phases = [];

    public long Position { get; private set; }

    /// <summary>Every recorded change up to the end of the log.</summary>
    public async IAsyncEnumerable<PhaseStatusChanged> ReadAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var recorded in events.ReadAllAsync(Position, ct: ct))
            if (Map(recorded) is { } message) yield return message;
    }

    /// <summary>Changes recorded from where reading stopped, live, until cancelled.</summary>
    public async IAsyncEnumerable<PhaseStatusChanged> FollowAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var recorded in events.SubscribeToAllAsync(Position, ct))
            if (Map(recorded) is { } message) yield return message;
    }

    private PhaseStatusChanged? Map(RecordedEvent recorded)
    {
        Position = recorded.Position;
        switch (EventSerializer.Deserialize(recorded))
        {
            case Recorded.PhaseOpened opened:
                _phases[opened.PhaseId] = new PhaseInfo(opened.Sides.Name, opened.StartedOn.ToString());
                return null;
            case Recorded.PhaseStartRevised revised when _phases.TryGetValue(revised.PhaseId, out var info):
                _phases[revised.PhaseId] = info with { StartedOn = revised.StartedOn.ToString() };
                return null;
            case Recorded.PhaseStatusChanged change:
                return NotificationMapper.ToContract(change, _phases.GetValueOrDefault(change.PhaseId) ?? new PhaseInfo(change.ConflictId, ""), recorded.Created);
            default:
                return null;
        }
    }
}
