using CeasefireMonitor.Domain.Conflicts;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Domain.Phases;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CeasefireMonitor.Domain.Tests.Phases;

public class PhaseStateProperties
{
    private static readonly EventType[] Types = Enum.GetValues<EventType>();

    // Random histories: event types and days within one year, some of them disputed claims.
    private static Arbitrary<(EventType Type, int Day, bool Disputed)[]> Histories() =>
        (from type in Gen.Elements(Types)
         from day in Gen.Choose(1, 360)
         from disputed in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
         select (type, day, disputed)).ArrayOf().ToArbitrary();

    private static IPhaseEvent ToEvent((EventType Type, int Day, bool Disputed) x) =>
        Events.Of("p", x.Type, new DateOnly(2023, 1, 1).AddDays(x.Day - 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            x.Disputed ? new Claim("Sudan", ["Rapid Support Forces"]) : null);

    [Property]
    public Property Fold_SameEventsSameOrder_SameState() =>
        Prop.ForAll(Histories(), history =>
        {
            var events = history.Select(ToEvent).ToList();
            return PhaseState.Fold("p", events) == PhaseState.Fold("p", events);
        });

    [Property]
    public Property Fold_AfterEnded_StaysEndedWithSameReason() =>
        Prop.ForAll(Histories(), Histories(), (before, after) =>
        {
            var ended = PhaseState.Fold("p", before.Select(ToEvent).Append(new SurrenderDeclared("p", Facts.Report("2023-12-31"))));
            var later = after.Select(ToEvent).Aggregate(ended, (s, e) => s.Evolve(e));
            return later.Status == PhaseStatus.Ended && later.EndReason == ended.EndReason;
        });

    [Property]
    public Property Fold_AnyNonEmptyHistory_HasStatus() =>
        Prop.ForAll(Histories(), history =>
            history.Length == 0 || PhaseState.Fold("p", history.Select(ToEvent)).Status is not null);

    [Property]
    public Property Fold_EveryChange_IsSeenByStatusChangeBetween() =>
        Prop.ForAll(Histories(), history =>
        {
            var state = PhaseState.Initial("p");
            foreach (var e in history.Select(ToEvent))
            {
                var next = state.Evolve(e);
                var change = StatusChange.Between(state, next);
                if ((change is null) != (next.Status == state.Status && next.EndReason == state.EndReason)) return false;
                state = next;
            }
            return true;
        });

    [Property]
    public Property Decide_ClashAfterEndedPhasePlusGap_OpensNewPhase() =>
        Prop.ForAll(Gen.Choose(31, 2000).ToArbitrary(), gap =>
        {
            var conflict = ConflictState.Initial(Facts.Sudan.ConflictId);
            var first = ConflictDecider.Decide(conflict, [Facts.Fact(EventType.ClashReported, "2023-01-10"), Facts.Fact(EventType.SurrenderDeclared, "2023-01-12")]);
            conflict = first.Aggregate(conflict, (s, e) => s.Evolve(e));
            var day = new DateOnly(2023, 1, 12).AddDays(gap).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var second = ConflictDecider.Decide(conflict, [Facts.Fact(EventType.ClashReported, day)]);
            return second.OfType<PhaseOpened>().Count() == 1;
        });
}
