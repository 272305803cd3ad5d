using CeasefireMonitor.Domain.Dates;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>
/// Explicit: the text names the day, month or year; Relative: resolved from the publication date; Since: the start of a continuing state;
/// Onset: the day the fighting a running toll counts from began ("since the war began on Sunday"); Future: after publication, never an event date.
/// </summary>
internal enum DateKind { Explicit, Relative, Since, Onset, Decade, Future }

/// <summary>A date expression found in a sentence, with its offset inside that sentence.</summary>
internal sealed record DateMention(int Start, int Length, PartialDate Date, DateKind Kind)
{
    public int End => Start + Length;

    /// <summary>A start followed by ", when …": it dates the events of that clause.</summary>
    public bool OpensWhenClause { get; init; }

    /// <summary>Where the "since" of a start or onset stands: an event named between it and the date is dated by it ("since the truce took effect on 27 November").</summary>
    public int SinceAt { get; init; } = -1;

    public bool CanDateEvent => Kind is DateKind.Explicit or DateKind.Relative;

    public bool DatesInsideItsSinceClause(int start, int end) => SinceAt >= 0 && start > SinceAt && end <= Start;

    /// <summary>An onset dates the outbreak of fighting, never the toll counted since it.</summary>
    public bool CanDate(Domain.Events.EventType type) => CanDateEvent || (Kind == DateKind.Onset && type == Domain.Events.EventType.ClashReported);
}
