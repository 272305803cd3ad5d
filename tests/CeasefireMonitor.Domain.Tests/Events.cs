using CeasefireMonitor.Domain.Events;
using static CeasefireMonitor.Domain.Tests.Facts;

namespace CeasefireMonitor.Domain.Tests;

public static class Events
{
    public static IPhaseEvent Of(string phaseId, EventType type, string date, Claim? claim = null) => type switch
    {
        EventType.ClashReported => new ClashReported(phaseId, Report(date, claim: claim)),
        EventType.CasualtiesReported => new CasualtiesReported(phaseId, Report(date, claim: claim), new Casualties(new CasualtyFigure(5, CountQualifier.Exact), null)),
        EventType.CeasefireCalled => new CeasefireCalled(phaseId, Report(date, claim: claim)),
        EventType.MediationOffered => new MediationOffered(phaseId, Report(date, claim: claim)),
        EventType.CeasefireAgreed => new CeasefireAgreed(phaseId, Report(date, claim: claim)),
        EventType.CeasefireViolated => new CeasefireViolated(phaseId, Report(date, claim: claim)),
        EventType.SurrenderDeclared => new SurrenderDeclared(phaseId, Report(date, claim: claim)),
        _ => new HostilitiesEnded(phaseId, Report(date, claim: claim)),
    };
}
