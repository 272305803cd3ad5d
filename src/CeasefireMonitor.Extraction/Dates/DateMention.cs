using CeasefireMonitor.Domain.Dates;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>Explicit: the text names the day, month or year; Relative: resolved from the publication date; Since: the start of a continuing state; Future: after publication, never an event date.</summary>
internal enum DateKind { Explicit, Relative, Since, Decade, Future }

/// <summary>A date expression found in a sentence, with its offset inside that sentence.</summary>
internal sealed record DateMention(int Start, int Length, PartialDate Date, DateKind Kind)
{
    public int End => Start + Length;

    public bool CanDateEvent => Kind is DateKind.Explicit or DateKind.Relative;
}
