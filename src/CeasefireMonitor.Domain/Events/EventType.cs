namespace CeasefireMonitor.Domain.Events;

public enum EventType
{
    ClashReported,
    CasualtiesReported,
    CeasefireCalled,
    MediationOffered,
    CeasefireAgreed,
    CeasefireViolated,
    SurrenderDeclared,
    HostilitiesEnded,
}

/// <summary>One event as the extractor reads it from an article, before it is assigned to a conflict phase.</summary>
public sealed record ReportedFact(EventType Type, EventReport Report, Casualties? Casualties = null);
