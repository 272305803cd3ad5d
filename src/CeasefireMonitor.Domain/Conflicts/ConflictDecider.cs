using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Domain.Phases;

namespace CeasefireMonitor.Domain.Conflicts;

/// <summary>
/// Decides which phase of a conflict each reported fact belongs to, opening phases as needed.
/// Pure: the same state and facts always give the same events.
/// </summary>
public static class ConflictDecider
{
    public static IReadOnlyList<IPhaseEvent> Decide(ConflictState state, IReadOnlyList<ReportedFact> facts)
    {
        var decided = new List<IPhaseEvent>();
        // Earliest first, so the opening clash of a period founds its phase and later facts join it.
        foreach (var fact in facts.Select((f, i) => (f, i)).OrderBy(x => x.f.Report.OccurredOn.Earliest).ThenBy(x => x.i).Select(x => x.f))
        {
            if (fact.Report.Sides.ConflictId != state.ConflictId)
                throw new ArgumentException($"Fact for conflict '{fact.Report.Sides.ConflictId}' given to conflict '{state.ConflictId}'", nameof(facts));
            foreach (var e in DecideOne(state, fact))
            {
                var before = state.Phases.GetValueOrDefault(e.PhaseId) ?? PhaseState.Initial(e.PhaseId);
                decided.Add(e);
                state = state.Evolve(e);
                if (StatusChange.Between(before, state.Phases[e.PhaseId]) is { } change)
                {
                    var recorded = new PhaseStatusChanged(change.PhaseId, state.ConflictId, before.StatusChanges + 1, change.OldStatus, change.NewStatus,
                        change.EndReason, change.OccurredOn, fact.Report.PublishedOn, change.Evidence);
                    decided.Add(recorded);
                    state = state.Evolve(recorded);
                }
            }
        }
        return decided;
    }

    private static IEnumerable<IPhaseEvent> DecideOne(ConflictState state, ReportedFact fact)
    {
        var report = fact.Report;
        if (FindPhase(state, fact) is { } phase)
        {
            if (fact.Type == EventType.ClashReported && report.OccurredOn < phase.StartedOn)
                yield return new PhaseStartRevised(phase.PhaseId, report.OccurredOn, report.Evidence, report.PublishedOn);
            yield return ToEvent(phase.PhaseId, fact);
            yield break;
        }
        var phaseId = NewPhaseId(state, report.OccurredOn);
        yield return new PhaseOpened(phaseId, state.ConflictId, report.Sides, report.OccurredOn, report.Evidence, report.PublishedOn);
        yield return ToEvent(phaseId, fact);
    }

    private static PhaseState? FindPhase(ConflictState state, ReportedFact fact)
    {
        var date = fact.Report.OccurredOn;
        // Ties broken by id: dictionary order varies between processes, and replays must not.
        var phases = state.Phases.Values.OrderBy(p => p.StartedOn).ThenBy(p => p.PhaseId, StringComparer.Ordinal).ToList();
        if (date.Precision != DatePrecision.Day && phases.LastOrDefault(p => PhaseWindow.CoversPeriod(p, date)) is { } ofPeriod)
            return ofPeriod;
        // A clash after an ended phase's last activity belongs to that phase only inside the window; otherwise it opens a new one.
        return phases
            .Where(p => PhaseWindow.Covers(p, date))
            .OrderBy(p => Math.Abs(p.StartedOn.Earliest.DayNumber - date.Earliest.DayNumber)).ThenBy(p => p.PhaseId, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    // Ids are stable: the conflict and the year the phase was first seen in, with a suffix for a second phase that year.
    private static string NewPhaseId(ConflictState state, PartialDate openedOn)
    {
        var id = $"{state.ConflictId}-{openedOn.Year:D4}";
        for (var n = 2; state.Phases.ContainsKey(id); n++)
            id = $"{state.ConflictId}-{openedOn.Year:D4}-{n}";
        return id;
    }

    private static IPhaseEvent ToEvent(string phaseId, ReportedFact fact) => fact.Type switch
    {
        EventType.ClashReported => new ClashReported(phaseId, fact.Report),
        EventType.CasualtiesReported => new CasualtiesReported(phaseId, fact.Report, fact.Casualties ?? new Casualties(null, null)),
        EventType.CeasefireCalled => new CeasefireCalled(phaseId, fact.Report),
        EventType.MediationOffered => new MediationOffered(phaseId, fact.Report),
        EventType.CeasefireAgreed => new CeasefireAgreed(phaseId, fact.Report),
        EventType.CeasefireViolated => new CeasefireViolated(phaseId, fact.Report),
        EventType.SurrenderDeclared => new SurrenderDeclared(phaseId, fact.Report),
        EventType.HostilitiesEnded => new HostilitiesEnded(phaseId, fact.Report),
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact.Type, "Unknown event type"),
    };
}
