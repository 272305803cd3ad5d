namespace CeasefireMonitor.Cli.Evaluation;

/// <summary>One article's gold annotation (`NNN-slug.gold.json`), in the format eval/README.md describes.</summary>
public sealed record GoldArticle(
    string Published,
    string? Title,
    string? DateOrder,
    IReadOnlyList<string>? Conflict,
    IReadOnlyList<GoldEvent>? Events,
    IReadOnlyList<GoldTrap>? Traps);

/// <summary>An event a careful analyst codes from the article; `Required` ones are what the article is about.</summary>
public sealed record GoldEvent(string Type, string OccurredOn, IReadOnlyList<string>? Actors, bool Required, string Evidence);

/// <summary>A sentence that must not yield the listed event types, except dated within `AllowedOn` or carried as a disputed claim.</summary>
public sealed record GoldTrap(string Kind, string Evidence, IReadOnlyList<string> MustNotBe, string? AllowedOn, bool? AllowedIfDisputed, string? Why);
