using CeasefireMonitor.Domain.Dates;

namespace CeasefireMonitor.Domain.Events;

/// <summary>An event recorded on a conflict stream that belongs to one phase of that conflict.</summary>
public interface IPhaseEvent
{
    string PhaseId { get; }
}

/// <summary>An event reported by an article about one phase.</summary>
public interface IReportedEvent : IPhaseEvent
{
    EventType Type { get; }
    EventReport Report { get; }
}

public sealed record PhaseOpened(string PhaseId, string ConflictId, ConflictSides Sides, PartialDate StartedOn, Evidence Evidence, DateOnly PublishedOn) : IPhaseEvent;

/// <summary>An earlier start of the phase became known; the phase keeps its id.</summary>
public sealed record PhaseStartRevised(string PhaseId, PartialDate StartedOn, Evidence Evidence, DateOnly PublishedOn) : IPhaseEvent;

public sealed record ClashReported(string PhaseId, EventReport Report) : IReportedEvent
{
    public EventType Type => EventType.ClashReported;
}

public sealed record CasualtiesReported(string PhaseId, EventReport Report, Casualties Casualties) : IReportedEvent
{
    public EventType Type => EventType.CasualtiesReported;
}

public sealed record CeasefireCalled(string PhaseId, EventReport Report) : IReportedEvent
{
    public EventType Type => EventType.CeasefireCalled;
}

public sealed record MediationOffered(string PhaseId, EventReport Report) : IReportedEvent
{
    public EventType Type => EventType.MediationOffered;
}

public sealed record CeasefireAgreed(string PhaseId, EventReport Report) : IReportedEvent
{
    public EventType Type => EventType.CeasefireAgreed;
}

public sealed record CeasefireViolated(string PhaseId, EventReport Report) : IReportedEvent
{
    public EventType Type => EventType.CeasefireViolated;
}

public sealed record SurrenderDeclared(string PhaseId, EventReport Report) : IReportedEvent
{
    public EventType Type => EventType.SurrenderDeclared;
}

public sealed record HostilitiesEnded(string PhaseId, EventReport Report) : IReportedEvent
{
    public EventType Type => EventType.HostilitiesEnded;
}

/// <summary>
/// The phase's status changed because of the event just before it in the stream. Recorded, not only derived,
/// so the log is the outbox of notifications and their sequence numbers never move.
/// </summary>
public sealed record PhaseStatusChanged(
    string PhaseId,
    string ConflictId,
    int Sequence,
    Phases.PhaseStatus? OldStatus,
    Phases.PhaseStatus NewStatus,
    Phases.EndReason? EndReason,
    PartialDate OccurredOn,
    DateOnly PublishedOn,
    Evidence Evidence) : IPhaseEvent;
