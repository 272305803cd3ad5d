using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Store.Port;
using Recorded = CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Benchmarks.Notifications;

/// <summary>Status changes appended straight to a phase's stream, as ingestion records them, in one call.</summary>
public static class SyntheticStatusChanges
{
    private static readonly Recorded.Evidence Evidence = new("bench", "A synthetic status change.", 0, 26);

    public static Task AppendAsync(MonitorStore store, string phase, int firstSequence, int count)
    {
        var events = Enumerable.Range(firstSequence, count).Select(sequence => EventSerializer.ToEventData(
            new Recorded.PhaseStatusChanged(phase, "bench", sequence, null, Domain.Phases.PhaseStatus.Fighting, null, new PartialDate(2024, 1, 1), new DateOnly(2024, 1, 1), Evidence),
            Guid.NewGuid(), new EventMetadata("bench"))).ToList();
        return store.Events.AppendAsync($"conflict-bench-{phase}", ExpectedRevision.Any, events);
    }
}
