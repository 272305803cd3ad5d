using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Projections.Timeline;

/// <summary>One article's report of a timeline entry.</summary>
public sealed record TimelineSource(string ArticleId, DateOnly PublishedOn, string Sentence, int Start, int Length, Claim? Claim);

/// <summary>One real-world event, shown once with every report of it.</summary>
public sealed record TimelineEntry(
    EventType Type,
    PartialDate OccurredOn,
    IReadOnlyList<string> Actors,
    string? Location,
    Casualties? Casualties,
    bool IsBackground,
    IReadOnlyList<TimelineSource> Sources);

public sealed record TimelineDocument(string PhaseId, IReadOnlyList<TimelineEntry> Entries);
