using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Domain.Phases;
using static CeasefireMonitor.Domain.Tests.Facts;

namespace CeasefireMonitor.Domain.Tests.Phases;

public class PhaseStateSpecs
{
    private const string Phase = "p";

    private static PhaseState Given(params IPhaseEvent[] events) => PhaseState.Fold(Phase, events);

    [Fact]
    public void Evolve_ClashOnNewPhase_IsFighting()
    {
        var state = Given(new ClashReported(Phase, Report("2023-04-15")));
        Assert.Equal(PhaseStatus.Fighting, state.Status);
        Assert.Equal("2023-04-15", state.Since.ToString());
    }

    [Fact]
    public void Evolve_CallAfterFighting_IsCeasefireCalled()
    {
        var state = Given(new ClashReported(Phase, Report("2023-04-15")), new CeasefireCalled(Phase, Report("2023-04-16")));
        Assert.Equal(PhaseStatus.CeasefireCalled, state.Status);
    }

    [Fact]
    public void Evolve_ClashAfterCall_StaysCeasefireCalled()
    {
        var state = Given(new CeasefireCalled(Phase, Report("2023-04-16")), new ClashReported(Phase, Report("2023-04-17")));
        Assert.Equal(PhaseStatus.CeasefireCalled, state.Status);
    }

    [Fact]
    public void Evolve_ClashAfterAgreement_IsViolation()
    {
        var state = Given(new ClashReported(Phase, Report("2023-04-15")), new CeasefireAgreed(Phase, Report("2023-05-20")), new ClashReported(Phase, Report("2023-05-22")));
        Assert.Equal(PhaseStatus.CeasefireViolated, state.Status);
        Assert.Equal("2023-05-22", state.Since.ToString());
    }

    [Fact]
    public void Evolve_OlderClashReportedAfterAgreement_IsNoViolation()
    {
        var state = Given(new CeasefireAgreed(Phase, Report("2023-05-20")), new ClashReported(Phase, Report("2023-05-19")));
        Assert.Equal(PhaseStatus.CeasefireAgreed, state.Status);
    }

    [Fact]
    public void Evolve_ClashInSameYearAsYearOnlyAgreement_IsNoViolation()
    {
        var state = Given(new CeasefireAgreed(Phase, Report("2020", background: true)), new ClashReported(Phase, Report("2020-10-01")));
        Assert.Equal(PhaseStatus.CeasefireAgreed, state.Status);
    }

    [Fact]
    public void Evolve_ReportedViolation_IsViolation()
    {
        var state = Given(new CeasefireAgreed(Phase, Report("2023-05-20")), new CeasefireViolated(Phase, Report("2023-05-21")));
        Assert.Equal(PhaseStatus.CeasefireViolated, state.Status);
    }

    [Fact]
    public void Evolve_OldAgreementReportedAfterViolation_KeepsViolation()
    {
        var state = Given(new CeasefireAgreed(Phase, Report("2023-05-20")), new CeasefireViolated(Phase, Report("2023-05-21")), new CeasefireAgreed(Phase, Report("2023-05-20")));
        Assert.Equal(PhaseStatus.CeasefireViolated, state.Status);
    }

    [Fact]
    public void Evolve_NewAgreementAfterViolation_IsAgreedAgain()
    {
        var state = Given(new CeasefireAgreed(Phase, Report("2023-05-20")), new CeasefireViolated(Phase, Report("2023-05-21")), new CeasefireAgreed(Phase, Report("2023-06-01")));
        Assert.Equal(PhaseStatus.CeasefireAgreed, state.Status);
    }

    [Fact]
    public void Evolve_Surrender_EndsWithSurrender()
    {
        var state = Given(new ClashReported(Phase, Report("2023-04-15")), new SurrenderDeclared(Phase, Report("2023-04-20")));
        Assert.Equal((PhaseStatus.Ended, EndReason.Surrender), (state.Status!.Value, state.EndReason!.Value));
    }

    [Fact]
    public void Evolve_DeclaredEndWithoutAgreement_EndsByDeclaration()
    {
        var state = Given(new ClashReported(Phase, Report("2023-04-15")), new HostilitiesEnded(Phase, Report("2023-04-20")));
        Assert.Equal(EndReason.Declaration, state.EndReason);
    }

    [Fact]
    public void Evolve_EndAfterAgreement_EndsByAgreement()
    {
        var state = Given(new ClashReported(Phase, Report("2020-09-27")), new CeasefireAgreed(Phase, Report("2020")), new HostilitiesEnded(Phase, Report("2020")));
        Assert.Equal((PhaseStatus.Ended, EndReason.Agreement), (state.Status!.Value, state.EndReason!.Value));
    }

    [Theory]
    [InlineData(EventType.ClashReported)]
    [InlineData(EventType.CeasefireCalled)]
    [InlineData(EventType.CeasefireAgreed)]
    [InlineData(EventType.CeasefireViolated)]
    [InlineData(EventType.HostilitiesEnded)]
    public void Evolve_AnythingAfterEnd_StaysEnded(EventType type)
    {
        var ended = Given(new SurrenderDeclared(Phase, Report("2023-04-20")));
        var state = ended.Evolve(Events.Of(Phase, type, "2023-04-25"));
        Assert.Equal((PhaseStatus.Ended, EndReason.Surrender), (state.Status!.Value, state.EndReason!.Value));
    }

    [Fact]
    public void Evolve_DisputedSurrender_ChangesNothing()
    {
        var claim = new Claim("Sudan", ["Rapid Support Forces"]);
        var state = Given(new ClashReported(Phase, Report("2023-04-15")), new SurrenderDeclared(Phase, Report("2023-04-20", claim: claim)));
        Assert.Equal(PhaseStatus.Fighting, state.Status);
    }

    [Fact]
    public void Evolve_MediationOnly_IsFightingWithoutOtherChange()
    {
        var state = Given(new ClashReported(Phase, Report("2023-04-15")), new MediationOffered(Phase, Report("2023-04-16")));
        Assert.Equal("2023-04-15", state.Since.ToString());
    }

    [Fact]
    public void Between_StatusUnchanged_IsNull()
    {
        var before = Given(new ClashReported(Phase, Report("2023-04-15")));
        Assert.Null(StatusChange.Between(before, before.Evolve(new ClashReported(Phase, Report("2023-04-16")))));
    }

    [Fact]
    public void Between_StatusChanged_CarriesOldNewAndEvidence()
    {
        var before = Given(new ClashReported(Phase, Report("2023-04-15")));
        var change = StatusChange.Between(before, before.Evolve(new CeasefireCalled(Phase, Report("2023-04-16"))));
        Assert.NotNull(change);
        Assert.Equal((PhaseStatus.Fighting, PhaseStatus.CeasefireCalled), (change.OldStatus!.Value, change.NewStatus));
        Assert.Equal("sentence of 2023-04-16", change.Evidence.Sentence);
    }
}
