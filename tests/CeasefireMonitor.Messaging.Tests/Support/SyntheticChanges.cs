using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Store.Port;
using Recorded = CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Messaging.Tests.Support;

/// <summary>Status changes appended straight to a phase's stream, as ingestion records them, for backlogs larger than the seeds give.</summary>
public static class SyntheticChanges
{
    public static Task AppendAsync(MonitorStore store, string phaseId, int firstSequence, int count)
    {
        var evidence = new Recorded.Evidence("synthetic", "A synthetic status change.", 0, 26);
        var events = Enumerable.Range(firstSequence, count).Select(sequence => EventSerializer.ToEventData(
            new Recorded.PhaseStatusChanged(phaseId, "synthetic", sequence, null, Domain.Phases.PhaseStatus.Fighting, null, new PartialDate(2024, 1, 1), new DateOnly(2024, 1, 1), evidence),
            Guid.NewGuid(), new EventMetadata("synthetic"))).ToList();
        return store.Events.AppendAsync($"conflict-synthetic-{phaseId}", ExpectedRevision.Any, events);
    }
}
