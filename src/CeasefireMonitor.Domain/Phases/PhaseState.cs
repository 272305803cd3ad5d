using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Domain.Phases;

/// <summary>The state of one phase of a conflict, folded from its events by pure functions.</summary>
public sealed record PhaseState(
    string PhaseId,
    string ConflictId,
    ConflictSides? Sides,
    PartialDate StartedOn,
    PartialDate? LastHostilities,
    PhaseStatus? Status,
    EndReason? EndReason,
    PartialDate? Since,
    PartialDate? AgreedOn,
    Evidence? StatusEvidence,
    int StatusChanges = 0)
{
    public static PhaseState Initial(string phaseId) =>
        new(phaseId, "", null, default, null, null, null, null, null, null);

    public bool IsEnded => Status == PhaseStatus.Ended;

    /// <summary>The last day this phase was active: its last hostilities or its last change of status, whichever is later.</summary>
    public PartialDate LastActivity =>
        new[] { LastHostilities, Since }.OfType<PartialDate>().Append(StartedOn).Max();

    public static PhaseState Fold(string phaseId, IEnumerable<IPhaseEvent> events) =>
        events.Aggregate(Initial(phaseId), (state, e) => state.Evolve(e));

    public PhaseState Evolve(IPhaseEvent e) => e switch
    {
        PhaseOpened o => this with { ConflictId = o.ConflictId, Sides = o.Sides, StartedOn = o.StartedOn },
        PhaseStartRevised r => r.StartedOn < StartedOn ? this with { StartedOn = r.StartedOn } : this,
        PhaseStatusChanged c => this with { StatusChanges = c.Sequence },
        ClashReported c => WithHostilities(c.Report.OccurredOn).AfterClash(c.Report),
        CasualtiesReported c => BeginIfNew(c.Report),
        MediationOffered m => BeginIfNew(m.Report),
        CeasefireCalled c => Status is null or PhaseStatus.Fighting ? Become(PhaseStatus.CeasefireCalled, c.Report) : this,
        CeasefireAgreed a => AfterAgreement(a.Report),
        CeasefireViolated v => IsEnded ? this : Disputed(v.Report) ? BeginIfNew(v.Report) : Become(PhaseStatus.CeasefireViolated, v.Report),
        SurrenderDeclared s => IsEnded ? this : Disputed(s.Report) ? BeginIfNew(s.Report) : Become(PhaseStatus.Ended, s.Report, Phases.EndReason.Surrender),
        HostilitiesEnded h => IsEnded ? this : Disputed(h.Report) ? BeginIfNew(h.Report)
            : Become(PhaseStatus.Ended, h.Report, AgreedOn is null ? Phases.EndReason.Declaration : Phases.EndReason.Agreement),
        _ => this,
    };

    private PhaseState WithHostilities(PartialDate date) =>
        LastHostilities is { } last && last >= date ? this : this with { LastHostilities = date };

    // Fighting after an agreement is a violation only when it certainly happened after the agreement.
    private PhaseState AfterClash(EventReport report) => Status switch
    {
        null => Become(PhaseStatus.Fighting, report),
        PhaseStatus.CeasefireAgreed when AgreedOn is { } agreed && report.OccurredOn.IsCertainlyAfter(agreed)
            => Become(PhaseStatus.CeasefireViolated, report),
        _ => this,
    };

    private PhaseState BeginIfNew(EventReport report) => Status is null ? Become(PhaseStatus.Fighting, report) : this;

    // An agreement reported again after a violation does not hide the violation unless it is a newer one.
    private PhaseState AfterAgreement(EventReport report)
    {
        if (IsEnded) return this;
        if (Disputed(report)) return BeginIfNew(report);
        if (Status == PhaseStatus.CeasefireAgreed) return this;
        if (Status == PhaseStatus.CeasefireViolated && Since is { } violated && !report.OccurredOn.IsCertainlyAfter(violated)) return this;
        return Become(PhaseStatus.CeasefireAgreed, report) with { AgreedOn = report.OccurredOn };
    }

    private PhaseState Become(PhaseStatus status, EventReport report, EndReason? reason = null) =>
        this with { Status = status, EndReason = reason, Since = report.OccurredOn, StatusEvidence = report.Evidence };

    private static bool Disputed(EventReport report) => report.Claim is { IsDisputed: true };
}
