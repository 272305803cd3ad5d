using System.Buffers;
using CeasefireMonitor.Extraction.Patterns;

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
        var text = sentence.AsSpan();
        if (text.ContainsAnyInRange('0', '9')) return true;
        // Searched vectorised for ASCII digits; other scripts' digits are looked for only from the first non-ASCII character.
        var other = text.IndexOfAnyExceptInRange('\0', '\u007f');
        if (other < 0) return false;
        foreach (var c in text[other..])
            if (char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>Any spelling of a month the patterns know, capitalised as they require.</summary>
    public static bool HasMonth(string sentence) => sentence.AsSpan().ContainsAny(MonthNames);

    private static readonly string[] FullMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly SearchValues<string> FullMonthNames = SearchValues.Create(FullMonths, StringComparison.Ordinal);

    /// <summary>
    /// A full month name after a lower-case word and a space or hyphen ("in March", "mid-June"), not followed by a day or year:
    /// what <see cref="DatePatterns.BareMonth"/> needs; "on 12 March" and "March 5" have no bare month.
    /// </summary>
    public static bool MayHoldBareMonth(string sentence)
    {
        var text = sentence.AsSpan();
        for (var at = text.IndexOfAny(FullMonthNames); at >= 0;)
        {
            var end = at + 1;
            while (end < text.Length && char.IsAsciiLetterLower(text[end])) end++;
            if (IsFullMonth(text[at..end]) && AfterLowerWord(text, at) && !BeforeNumber(text, end)) return true;
            at = IndexOfAny(text, end, FullMonthNames);
        }
        return false;
    }

    /// <summary>
    /// A month's name with a number beside it, as <see cref="DatePatterns.DayMonth"/>, <see cref="DatePatterns.MonthDay"/> and
    /// <see cref="DatePatterns.MonthYear"/> need: "12 March", "3rd of May", "March 5", "Sept. 2021"; "the Marines" and "in May" have none.
    /// </summary>
    public static bool MayHoldNumberedMonth(string sentence)
    {
        var text = sentence.AsSpan();
        for (var at = text.IndexOfAny(MonthNames); at >= 0;)
        {
            var end = at + 1;
            while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
            if (NumberBefore(text, at) || NumberAfterName(text, end)) return true;
            at = IndexOfAny(text, end, MonthNames);
        }
        return false;
    }

    // "12 March", "3rd of May": a digit, an ordinal's ending, "of" and the spaces before the name.
    private static bool NumberBefore(ReadOnlySpan<char> text, int at)
    {
        var i = SpacesBefore(text, at);
        if (i == at) return false;
        if (text[..i].EndsWith("of", StringComparison.Ordinal))
        {
            var of = i - 2;
            i = SpacesBefore(text, of);
            if (i == of) return false;
        }
        if (text[..i].EndsWith("st", StringComparison.Ordinal) || text[..i].EndsWith("nd", StringComparison.Ordinal)
            || text[..i].EndsWith("rd", StringComparison.Ordinal) || text[..i].EndsWith("th", StringComparison.Ordinal)) i -= 2;
        return i > 0 && char.IsDigit(text[i - 1]);
    }

    // "March 5", "Sept. 2021", "May, 2020": a full stop, a comma and spaces after the name, then a digit.
    private static bool NumberAfterName(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        if (i < text.Length && text[i] == '.') i++;
        if (i < text.Length && text[i] == ',') i++;
        var spaces = i;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i > spaces && i < text.Length && char.IsDigit(text[i]);
    }

    private static int SpacesBefore(ReadOnlySpan<char> text, int at)
    {
        while (at > 0 && char.IsWhiteSpace(text[at - 1])) at--;
        return at;
    }

    /// <summary>A digit, '/' or '.' and a digit: what a numeric date ("01/10/2020", "3.5.21") needs.</summary>
    public static bool MayHoldNumericDate(string sentence)
    {
        var text = sentence.AsSpan();
        for (var at = text.IndexOfAny('/', '.'); at >= 0;)
        {
            if (at > 0 && at + 1 < text.Length && char.IsDigit(text[at - 1]) && char.IsDigit(text[at + 1])) return true;
            var next = text[(at + 1)..].IndexOfAny('/', '.');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    // The whole word, as "May" in "Mayor" is not.
    private static bool IsFullMonth(ReadOnlySpan<char> word)
    {
        foreach (var month in FullMonths)
            if (word.SequenceEqual(month)) return true;
        return false;
    }

    private static bool AfterLowerWord(ReadOnlySpan<char> text, int at)
    {
        var before = at - 1;
        if (before >= 0 && text[before] == '-') before--;
        else while (before >= 0 && char.IsWhiteSpace(text[before])) before--;
        return before >= 0 && before < at - 1 && char.IsAsciiLetterLower(text[before]);
    }

    private static bool BeforeNumber(ReadOnlySpan<char> text, int end)
    {
        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        return next > end && next < text.Length && char.IsDigit(text[next]);
    }

    private static readonly SearchValues<string> WeekdayNames =
        SearchValues.Create(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparison.Ordinal);

    /// <summary>A weekday's name, capitalised as <see cref="DatePatterns.Weekday"/> requires.</summary>
    public static bool HasWeekday(string sentence) => sentence.AsSpan().ContainsAny(WeekdayNames);

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

    // The words a case-insensitive pattern needs besides its cue; a letter that matches an ASCII one unless cased passes them all.
    private static readonly SearchValues<string> BackWords = SearchValues.Create(["day", "night", "morning", "evening", "afternoon", "later", "earlier"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> OffsetUnits = SearchValues.Create(["day", "night", "week", "month"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> Ordinals = SearchValues.Create(
        ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A back-reference's cue and the day, part of day, "later" or "earlier" that every one of them names.</summary>
    public static bool MayReferBackToADay(string sentence) =>
        (HoldsAny(sentence, SameOrCounted) || FollowedByPartOfDay(sentence)) && MayReferBack(sentence) && HoldsAny(sentence, BackWords);

    /// <summary>An offset's " before " or " after " and its unit (day, night, week, month).</summary>
    public static bool MayCountFromEventByUnits(string sentence) =>
        AfterAUnit(sentence) && MayCountFromEvent(sentence) && HoldsAny(sentence, OffsetUnits);

    // Every back-reference holds "same", "later" or "earlier", or else "that" and a part of the day after it ("that night").
    private static readonly SearchValues<string> SameOrCounted = SearchValues.Create(["same", "later", "earlier"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> That = SearchValues.Create(["that"], StringComparison.OrdinalIgnoreCase);
    private static readonly string[] PartsOfDay = ["day", "night", "morning", "evening", "afternoon"];

    private static bool FollowedByPartOfDay(string sentence)
    {
        if (sentence.AsSpan().ContainsAny(LiteralScan.AsciiTwins)) return true;
        var text = sentence.AsSpan();
        for (var at = text.IndexOfAny(That); at >= 0; at = IndexOfAny(text, at + 1, That))
        {
            var next = NextWord(text, at + 4);
            foreach (var part in PartsOfDay)
                if (next.StartsWith(part, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // Every offset puts its unit right before "before" or "after" ("two days after", "the week before").
    private static readonly SearchValues<string> Directions = SearchValues.Create(["before", "after"], StringComparison.OrdinalIgnoreCase);
    private static readonly string[] Units = ["day", "days", "night", "nights", "week", "weeks", "month", "months"];

    private static bool AfterAUnit(string sentence)
    {
        if (sentence.AsSpan().ContainsAny(LiteralScan.AsciiTwins)) return true;
        var text = sentence.AsSpan();
        for (var at = text.IndexOfAny(Directions); at >= 0; at = IndexOfAny(text, at + 1, Directions))
        {
            var previous = PreviousWord(text, at);
            foreach (var unit in Units)
                if (previous.EndsWith(unit, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // The first of the values at or after a position, or -1.
    private static int IndexOfAny(ReadOnlySpan<char> text, int from, SearchValues<string> values)
    {
        var next = text[from..].IndexOfAny(values);
        return next < 0 ? -1 : from + next;
    }

    // The text after the spaces that follow a position, and the letters before the spaces that precede one.
    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, int from)
    {
        var at = from;
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return text[at..];
    }

    private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> text, int before)
    {
        var end = before;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsAsciiLetter(text[start - 1])) start--;
        return text[start..end];
    }

    /// <summary>"day" and an ordinal, in words or digits: what "a fifth day" or "the 12th day" needs.</summary>
    public static bool MayCountADay(string sentence, bool digit) => digit || HoldsAny(sentence, Ordinals);

    private static bool HoldsAny(string sentence, SearchValues<string> words) =>
        sentence.AsSpan().ContainsAny(words) || sentence.AsSpan().ContainsAny(LiteralScan.AsciiTwins);
}
