using CeasefireMonitor.Domain.Dates;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>Reads 01/10/2020 day-first or month-first as the article's date order says, or as the numbers allow.</summary>
internal static class NumericDates
{
    public static (PartialDate, DateKind)? Resolve(int a, int b, int year, DateOnly published, DateOrder order, DateContext context)
    {
        if (year < 100) year += 2000;
        var dayFirst = Calendar.IsValid(year, b, a) ? new DateOnly(year, b, a) : (DateOnly?)null;
        var monthFirst = Calendar.IsValid(year, a, b) ? new DateOnly(year, a, b) : (DateOnly?)null;
        var chosen = order switch
        {
            DateOrder.DayFirst => dayFirst,
            DateOrder.MonthFirst => monthFirst,
            _ => Unknown(dayFirst, monthFirst, published),
        };
        return chosen is { } d ? context.Day(d.Year, d.Month, d.Day) : null;
    }

    // Ambiguous forms take the reading nearest to, and not after, the publication date.
    private static DateOnly? Unknown(DateOnly? dayFirst, DateOnly? monthFirst, DateOnly published)
    {
        if (dayFirst is null || monthFirst is null || dayFirst == monthFirst) return dayFirst ?? monthFirst;
        var candidates = new[] { dayFirst.Value, monthFirst.Value };
        var notAfter = candidates.Where(c => c <= published).ToList();
        return notAfter.Count > 0 ? notAfter.Max() : candidates.Min();
    }
}
