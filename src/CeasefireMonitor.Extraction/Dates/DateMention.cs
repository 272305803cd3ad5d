using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Extraction.Segmentation;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>
/// Explicit: the text names the day, month or year; Relative: resolved from the publication date; Since: the start of a continuing state;
/// Onset: the day the fighting a running toll counts from began ("since the war began on Sunday"); Future: after publication, never an event date.
/// </summary>
internal enum DateKind { Explicit, Relative, Since, Onset, Decade, Future }

/// <summary>A date expression found in a sentence, with its offset inside that sentence.</summary>
internal sealed record DateMention(int Start, int Length, PartialDate Date, DateKind Kind) : ISentenceSpan
{
    public int End => Start + Length;

    /// <summary>A start followed by ", when …": it dates the events of that clause.</summary>
    public bool OpensWhenClause { get; init; }

    /// <summary>Where the "since" of a start or onset stands: an event named between it and the date is dated by it ("since the truce took effect on 27 November").</summary>
    public int SinceAt { get; init; } = -1;

    /// <summary>Where the clause after an offset ("a week before the summit, …") ends: its events are the referent's, not dated by the offset; -1 when unbounded.</summary>
    public int ScopeEnd { get; init; } = -1;

    /// <summary>The offset dates only the events inside its own clause ("Four days after the army announced a truce, …").</summary>
    public bool InsideOnly { get; init; }

    /// <summary>Whether this date may date an event whose trigger starts at <paramref name="start"/>, given its scope.</summary>
    public bool Scopes(int start) => ScopeEnd < 0 || (start >= End && start < ScopeEnd) == InsideOnly;

    public bool CanDateEvent => Kind is DateKind.Explicit or DateKind.Relative;

    public bool DatesInsideItsSinceClause(int start, int end) => SinceAt >= 0 && start > SinceAt && end <= Start;

    /// <summary>An onset dates the outbreak of fighting, never the toll counted since it.</summary>
    public bool CanDate(Domain.Events.EventType type) => CanDateEvent || (Kind == DateKind.Onset && type == Domain.Events.EventType.ClashReported);
}
