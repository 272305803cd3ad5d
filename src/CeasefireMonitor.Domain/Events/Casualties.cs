namespace CeasefireMonitor.Domain.Events;

public enum CountQualifier { Exact, About, AtLeast, MoreThan, Nearly, UpTo, Dozens, Hundreds, Thousands, TensOfThousands }

/// <summary>A casualty figure as the text gives it: "more than 100" is (100, MoreThan), "dozens" is (24, Dozens).</summary>
public sealed record CasualtyFigure(int Count, CountQualifier Qualifier);

public sealed record Casualties(CasualtyFigure? Killed, CasualtyFigure? Injured, string? Victims = null);
