using System.Buffers;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>
/// Cheap tests of what a date pattern cannot match without: most sentences hold no digit, month or "day",
/// and skip the patterns that need one. A gate may pass a sentence the pattern rejects, never the reverse.
/// </summary>
internal static class DateGates
{
    private static readonly SearchValues<string> MonthNames =
        SearchValues.Create(Calendar.MonthPattern.Trim('(', '?', ':', ')').Split('|'), StringComparison.Ordinal);

    /// <summary>Any character <c>\d</c> matches (every Unicode decimal digit, not only ASCII).</summary>
    public static bool HasDigit(string sentence)
    {
        foreach (var c in sentence)
            if (char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>Any spelling of a month the patterns know, capitalised as they require.</summary>
    public static bool HasMonth(string sentence) => sentence.AsSpan().ContainsAny(MonthNames);

    // Searched vectorised: string.Contains with OrdinalIgnoreCase is a character loop when globalization is invariant.
    private static readonly SearchValues<string> Day = SearchValues.Create(["day"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> BackCues = SearchValues.Create([" that ", " same ", " later", " earlier"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> OffsetCues = SearchValues.Create([" before ", " after "], StringComparison.OrdinalIgnoreCase);

    /// <summary>"day" in any case: weekdays and "a fifth day" both end with it.</summary>
    public static bool HasDay(string sentence) => sentence.AsSpan().ContainsAny(Day);

    /// <summary>" that ", " same ", " later" or " earlier" in any case, without which no date points back at another.</summary>
    public static bool MayReferBack(string sentence) => sentence.AsSpan().ContainsAny(BackCues);

    /// <summary>" before " or " after " in any case, without which no date is counted from an event.</summary>
    public static bool MayCountFromEvent(string sentence) => sentence.AsSpan().ContainsAny(OffsetCues);
}
