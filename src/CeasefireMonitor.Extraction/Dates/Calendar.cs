namespace CeasefireMonitor.Extraction.Dates;

/// <summary>Month and weekday names and the arithmetic that resolves them against a publication date.</summary>
internal static class Calendar
{
    public const string MonthPattern = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    public const string WeekdayPattern = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

    public static int Month(string name) => Month(name.AsSpan(0, 3));

    /// <summary>The month whose name starts with these three letters, in any case; 0 if none.</summary>
    public static int Month(ReadOnlySpan<char> first3)
    {
        for (var i = 0; i < Months.Length; i++)
            if (first3.Equals(Months[i], StringComparison.OrdinalIgnoreCase)) return i + 1;
        return 0;
    }

    public static DayOfWeek Weekday(string name) => Enum.Parse<DayOfWeek>(name, ignoreCase: true);

    /// <summary>The most recent such weekday on or before the publication day (the day itself when it is that weekday).</summary>
    public static DateOnly MostRecent(DayOfWeek day, DateOnly published, bool strictlyBefore = false)
    {
        var back = ((int)published.DayOfWeek - (int)day + 7) % 7;
        if (back == 0 && strictlyBefore) back = 7;
        return published.AddDays(-back);
    }

    /// <summary>That weekday in the Monday-to-Sunday week before the publication day's week.</summary>
    public static DateOnly InWeekBefore(DayOfWeek day, DateOnly published)
    {
        var monday = published.AddDays(-(((int)published.DayOfWeek + 6) % 7) - 7);
        return monday.AddDays(((int)day + 6) % 7);
    }

    public static int Ordinal(string word)
    {
        var index = Array.IndexOf(Ordinals, word.ToLowerInvariant());
        if (index >= 0) return index + 1;
        var digits = new string(word.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var n) ? n : 0;
    }

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
