using CeasefireMonitor.Domain.Conflicts;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Domain.Phases;
using static CeasefireMonitor.Domain.Tests.Facts;

namespace CeasefireMonitor.Domain.Tests.Conflicts;

public class ConflictDeciderSpecs
{
    private static readonly string ConflictId = Sudan.ConflictId;

    private static ConflictState After(params ReportedFact[][] articles)
    {
        var state = ConflictState.Initial(ConflictId);
        foreach (var facts in articles)
            state = ConflictDecider.Decide(state, facts).Aggregate(state, (s, e) => s.Evolve(e));
        return state;
    }

    [Fact]
    public void Decide_FirstClash_OpensPhaseNamedByConflictAndYear()
    {
        var events = ConflictDecider.Decide(ConflictState.Initial(ConflictId), [Fact(EventType.ClashReported, "2023-04-15")]);
        var opened = Assert.IsType<PhaseOpened>(events[0]);
        Assert.Equal($"{ConflictId}-2023", opened.PhaseId);
        Assert.IsType<ClashReported>(events[1]);
    }

    [Fact]
    public void Decide_ClashWithin30Days_JoinsPhase()
    {
        var state = After([Fact(EventType.ClashReported, "2023-04-15")], [Fact(EventType.ClashReported, "2023-05-14")]);
        Assert.Single(state.Phases);
    }

    [Fact]
    public void Decide_ClashMoreThan30DaysAfterLastHostilities_OpensNewPhase()
    {
        var state = After([Fact(EventType.ClashReported, "2023-04-15")], [Fact(EventType.ClashReported, "2023-05-20")]);
        Assert.Equal(2, state.Phases.Count);
        Assert.Contains($"{ConflictId}-2023-2", state.Phases.Keys);
    }

    [Fact]
    public void Decide_EarlierClashReportedLater_RevisesStartKeepsId()
    {
        var state = After([Fact(EventType.ClashReported, "2023-04-20")], [Fact(EventType.ClashReported, "2023-04-15")]);
        var phase = Assert.Single(state.Phases.Values);
        Assert.Equal($"{ConflictId}-2023", phase.PhaseId);
        Assert.Equal("2023-04-15", phase.StartedOn.ToString());
    }

    [Fact]
    public void Decide_ClashMoreThan30DaysAfterEnd_OpensNewPhase()
    {
        var state = After([Fact(EventType.ClashReported, "2023-04-15"), Fact(EventType.SurrenderDeclared, "2023-04-20")], [Fact(EventType.ClashReported, "2023-06-01")]);
        Assert.Equal(2, state.Phases.Count);
        Assert.Contains(state.Phases.Values, p => p.Status == PhaseStatus.Fighting);
    }

    [Fact]
    public void Decide_YearOnlyBackgroundFact_JoinsPhaseOfThatYear()
    {
        var state = After([Fact(EventType.ClashReported, "2020-09-27")], [Fact(EventType.ClashReported, "2022-09-13")], [Fact(EventType.CeasefireAgreed, "2020", background: true)]);
        Assert.Equal(PhaseStatus.CeasefireAgreed, state.Phases[$"{ConflictId}-2020"].Status);
        Assert.Equal(PhaseStatus.Fighting, state.Phases[$"{ConflictId}-2022"].Status);
    }

    [Fact]
    public void Decide_YearOnlyFactWithoutPhase_OpensPhaseOfThatYear()
    {
        var state = After([Fact(EventType.ClashReported, "2020-09-27")], [Fact(EventType.CeasefireAgreed, "1994", background: true)]);
        Assert.Equal(PhaseStatus.CeasefireAgreed, state.Phases[$"{ConflictId}-1994"].Status);
        Assert.Equal("1994", state.Phases[$"{ConflictId}-1994"].StartedOn.ToString());
    }

    [Fact]
    public void Decide_FactOfAnotherConflict_Throws() =>
        Assert.Throws<ArgumentException>(() => ConflictDecider.Decide(ConflictState.Initial(ConflictId), [Fact(EventType.ClashReported, "2023-04-15", new ConflictSides("Israel", "Hamas"))]));

    [Fact]
    public void Decide_SameInputTwice_SameEvents()
    {
        ReportedFact[] facts = [Fact(EventType.ClashReported, "2023-04-15"), Fact(EventType.CeasefireCalled, "2023-04-16"), Fact(EventType.CeasefireAgreed, "1994", background: true)];
        Assert.Equal(ConflictDecider.Decide(ConflictState.Initial(ConflictId), facts), ConflictDecider.Decide(ConflictState.Initial(ConflictId), facts));
    }

    [Fact]
    public void Decide_StatusChanges_RecordedWithSequenceAcrossArticles()
    {
        var state = After([Fact(EventType.ClashReported, "2023-04-15"), Fact(EventType.ClashReported, "2023-04-16")]);
        var events = ConflictDecider.Decide(state, [Fact(EventType.CeasefireCalled, "2023-04-17"), Fact(EventType.MediationOffered, "2023-04-18")]);

        var change = Assert.Single(events.OfType<PhaseStatusChanged>());
        Assert.Equal((2, PhaseStatus.Fighting, PhaseStatus.CeasefireCalled), (change.Sequence, change.OldStatus!.Value, change.NewStatus));
        Assert.Equal("2023-04-17", change.OccurredOn.ToString());
        Assert.IsType<CeasefireCalled>(events[events.ToList().IndexOf(change) - 1]);
    }
}
