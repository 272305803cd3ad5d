using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Benchmarks.Corpus;

/// <summary>
/// A conflict's story over time: it cycles through fighting, diplomacy, a truce, its violation and an end,
/// and the stage on an article's publication date weighs which events the article reports.
/// </summary>
internal sealed record ConflictPlan(Belligerents Sides, int CycleStart, int CycleDays, double Weight)
{
    private static readonly (EventType Type, int Weight)[][] Stages =
    [
        [(EventType.ClashReported, 6), (EventType.CasualtiesReported, 5), (EventType.CeasefireCalled, 2)],
        [(EventType.ClashReported, 3), (EventType.CasualtiesReported, 2), (EventType.CeasefireCalled, 3), (EventType.MediationOffered, 3)],
        [(EventType.CeasefireAgreed, 5), (EventType.MediationOffered, 2), (EventType.CeasefireViolated, 1), (EventType.CasualtiesReported, 1)],
        [(EventType.CeasefireViolated, 4), (EventType.ClashReported, 3), (EventType.CasualtiesReported, 2), (EventType.CeasefireCalled, 1)],
        [(EventType.HostilitiesEnded, 4), (EventType.SurrenderDeclared, 2), (EventType.CeasefireAgreed, 2), (EventType.ClashReported, 1)],
    ];

    public EventType NextEvent(DateOnly published, Random random)
    {
        var stage = Stages[Stage(published)];
        var roll = random.Next(stage.Sum(s => s.Weight));
        foreach (var (type, weight) in stage)
        {
            if (roll < weight) return type;
            roll -= weight;
        }
        return stage[^1].Type;
    }

    private int Stage(DateOnly published)
    {
        var into = ((published.DayNumber - CycleStart) % CycleDays + CycleDays) % CycleDays;
        return into * Stages.Length / CycleDays;
    }
}
