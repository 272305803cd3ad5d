using System.Runtime.CompilerServices;
using CeasefireMonitor.Contracts;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Messaging.Dispatch;

/// <summary>Reads the recorded status changes from the log as the notifications they are published as.</summary>
public sealed class StatusChangeLog(IEventStore events)
{
    private readonly NotificationMapper _mapper = new();

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
        return _mapper.Map(recorded)?.Message as PhaseStatusChanged;
    }
}
