using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>Resolves matched date expressions of one sentence against the publication date.</summary>
internal sealed class DateContext(string sentence, DateOnly published)
{
    private readonly PartialDate publishedDay = PartialDate.Of(published);

    // The offset lets "since 3 May 2019" or "since October 2023" date the start of a state, like the forms without a year.
    public (PartialDate, DateKind)? Day(int year, int month, int day, int index = 0) =>
        Calendar.IsValid(year, month, day) ? Classify(new PartialDate(year, month, day), index) : null;

    public (PartialDate, DateKind)? Month(int year, int month, int index = 0) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 ? Classify(new PartialDate(year, month), index) : null;

    public (PartialDate, DateKind)? MonthDay(Match m)
    {
        var month = Calendar.Month(m.Groups["m"].Value);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["y"].Success) return Day(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, day, m.Index);
        // Without a year, the year of a full date earlier in the sentence ("signed on 12 March 2015, in force from 15 March"), else a month later in the year than publication is last year's.
        var year = EarlierYear(m.Index, month) ?? (month > published.Month ? published.Year - 1 : published.Year);
        return Calendar.IsValid(year, month, day) ? Classify(new PartialDate(year, month, day), m.Index) : null;
    }

    public (PartialDate, DateKind)? BareMonth(Match m)
    {
        var month = Calendar.Month(m.Groups["m"].Value);
        var prep = m.Groups["prep"].Value.ToLowerInvariant();
        if (prep == "next") return (new PartialDate(published.Year, month), DateKind.Future);
        // "in August last year", "in March this year": the year is given, whatever the month.
        var rel = m.Groups["rel"].Value;
        var year = rel == "last" ? published.Year - 1
            : rel == "this" ? published.Year
            : month > published.Month || (prep == "last" && month == published.Month) ? published.Year - 1 : published.Year;
        // The pattern swallows its "since", so the start of a state is told here rather than from the text before.
        return prep == "since" ? (new PartialDate(year, month), DateKind.Since) : Classify(new PartialDate(year, month), m.Index);
    }

    public (PartialDate, DateKind)? NthDay(Match m)
    {
        var day = m.Groups["w"].Success ? Calendar.MostRecent(Calendar.Weekday(m.Groups["w"].Value), published) : published;
        return Calendar.Ordinal(m.Groups["n"].Value) > 0 ? (PartialDate.Of(day), DateKind.Relative) : null;
    }

    public (PartialDate, DateKind)? Weekday(Match m)
    {
        var mod = m.Groups["mod"].Value;
        if (mod.Equals("next", StringComparison.OrdinalIgnoreCase)) return (publishedDay, DateKind.Future);
        if (Scheduled(m.Index)) return (publishedDay, DateKind.Future);
        var weekday = Calendar.Weekday(m.Groups["w"].Value);
        var day = m.Groups["prev"].Success ? Calendar.InWeekBefore(weekday, published) : Calendar.MostRecent(weekday, published, mod.Equals("last", StringComparison.OrdinalIgnoreCase));
        return (PartialDate.Of(day), SinceKind(m.Index) ?? DateKind.Relative);
    }

    public (PartialDate, DateKind)? Relative(Match m, DateOnly? anchor)
    {
        var g = m.Groups;
        PartialDate? date = g["today"].Success ? publishedDay
            : g["yesterday"].Success ? PartialDate.Of(published.AddDays(-1))
            : g["before"].Success ? PartialDate.Of((anchor ?? published).AddDays(-1))
            // "The next day" counts from the date the paragraph gave last; without one it is no date at all.
            : g["after"].Success ? (anchor is { } a ? PartialDate.Of(a.AddDays(1)) : null)
            // "This week" names no day: the month its Monday falls in, the publication's unless the week began in the month before.
            : g["thisweek"].Success ? Of(published.AddDays(-(((int)published.DayOfWeek + 6) % 7)), month: true)
            // "Last week" names no day: the month of the day a week before publication.
            : g["lastweek"].Success ? Of(published.AddDays(-7), month: true)
            : g["thismonth"].Success ? new PartialDate(published.Year, published.Month)
            : g["lastmonth"].Success ? Of(published.AddMonths(-1), month: true)
            : g["thisyear"].Success ? new PartialDate(published.Year)
            : new PartialDate(published.Year - 1);
        if (date is not { } resolved) return null;
        if (resolved.IsCertainlyAfter(publishedDay)) resolved = publishedDay;
        return (resolved, SinceKind(m.Index) ?? DateKind.Relative);
    }

    public (PartialDate, DateKind)? Year(Match m)
    {
        var from = Math.Max(0, m.Index - 24);
        var before = sentence.AsSpan(from, m.Index - from);
        var after = sentence.AsSpan(m.Index + m.Length, Math.Min(40, sentence.Length - m.Index - m.Length));
        var hasRange = m.Groups["end"].Success;
        // The lead ends with a space or hyphen before the year ("in 2019", "mid-2019"): other years skip its pattern.
        var mayLead = before.Length > 0 && (char.IsWhiteSpace(before[^1]) || before[^1] == '-');
        if (!hasRange && !(mayLead && DatePatterns.YearLead().IsMatch(before)) && !DatePatterns.YearTail().IsMatch(after)) return null;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (hasRange)
        {
            var end = m.Groups["end"].Value;
            var endYear = end.Length == 2 ? year / 100 * 100 + int.Parse(end, CultureInfo.InvariantCulture) : int.Parse(end, CultureInfo.InvariantCulture);
            if (endYear <= year || endYear - year > 30) return null;
            year = endYear;
        }
        return Classify(new PartialDate(year), m.Index);
    }

    public (PartialDate, DateKind)? Decade(Match m) =>
        (new PartialDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)), DateKind.Decade);

    private bool Scheduled(int index)
    {
        if (index == 0) return false;
        var before = sentence.AsSpan(Math.Max(0, index - 120), Math.Min(120, index));
        return MayBeScheduled(before) && DatePatterns.FutureLead().IsMatch(before);
    }

    private static readonly SearchValues<string> FutureEnds = SearchValues.Create(["will", "to"], StringComparison.OrdinalIgnoreCase);

    // Every future lead ends with the word "will" or "to" and is followed by no comma, semicolon, colon or full stop up to the date.
    private static bool MayBeScheduled(ReadOnlySpan<char> before)
    {
        if (before.ContainsAny(LiteralScan.AsciiTwins)) return true;
        var clause = before[(before.LastIndexOfAny(",;:.") + 1)..];
        for (var at = clause.IndexOfAny(FutureEnds); at >= 0;)
        {
            var end = at + (clause[at] is 'w' or 'W' ? 4 : 2);
            if (end == clause.Length || !(char.IsAsciiLetterOrDigit(clause[end]) || clause[end] == '_')) return true;
            var next = clause[(at + 1)..].IndexOfAny(FutureEnds);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private (PartialDate, DateKind) Classify(PartialDate date, int index) =>
        date.IsCertainlyAfter(publishedDay) || Scheduled(index) ? (date, DateKind.Future)
        : (date, SinceKind(index) ?? DateKind.Explicit);

    // "since Sunday" dates the start of a state; "since the war began on Sunday" dates the outbreak a running toll counts from.
    private DateKind? SinceKind(int index)
    {
        if (index == 0) return null;
        var before = sentence.AsSpan(Math.Max(0, index - 90), Math.Min(90, index));
        // The three leads all start with "since", which few dates have before them.
        if (!before.ContainsAny(Since) && !before.ContainsAny(LiteralScan.AsciiTwins)) return null;
        if (DatePatterns.SinceLead().IsMatch(sentence.AsSpan(Math.Max(0, index - 32), Math.Min(32, index)))) return DateKind.Since;
        if (DatePatterns.SinceClauseLead().IsMatch(before)) return DateKind.Onset;
        return DatePatterns.SinceAnyClauseLead().IsMatch(before) ? DateKind.Since : null;
    }

    private static readonly SearchValues<string> Since = SearchValues.Create(["since"], StringComparison.OrdinalIgnoreCase);

    // The last full date before the index, read from its span: it starts with its month's name and ends with its four-digit year.
    private int? EarlierYear(int index, int month)
    {
        var text = sentence.AsSpan(0, index);
        var (start, end) = (-1, -1);
        foreach (var m in DatePatterns.FullDate().EnumerateMatches(text)) (start, end) = (m.Index, m.Index + m.Length);
        if (start < 0) return null;
        var year = int.Parse(text[(end - 4)..end], CultureInfo.InvariantCulture);
        return month < Calendar.Month(text.Slice(start, 3)) ? year + 1 : year;
    }

    private static PartialDate Of(DateOnly day, bool month) => month ? new PartialDate(day.Year, day.Month) : PartialDate.Of(day);
}
