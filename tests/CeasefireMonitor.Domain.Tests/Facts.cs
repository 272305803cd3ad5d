using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Domain.Tests;

/// <summary>Builders for reported facts and events in specs.</summary>
public static class Facts
{
    public static readonly ConflictSides Sudan = new("Sudan", "Rapid Support Forces");

    public static EventReport Report(string date, ConflictSides? sides = null, Claim? claim = null, bool background = false, string published = "2023-06-01") =>
        new(PartialDate.Parse(date), DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), ["Sudan", "Rapid Support Forces"], sides ?? Sudan, "Khartoum", claim,
            new Evidence("a1", $"sentence of {date}", 0, 10), "test", background);

    public static ReportedFact Fact(EventType type, string date, ConflictSides? sides = null, Claim? claim = null, bool background = false) =>
        new(type, Report(date, sides, claim, background), type == EventType.CasualtiesReported ? new Casualties(new CasualtyFigure(10, CountQualifier.AtLeast), null) : null);
}
