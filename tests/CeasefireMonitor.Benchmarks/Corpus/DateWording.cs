using System.Globalization;

namespace CeasefireMonitor.Benchmarks.Corpus;

/// <summary>Says when something happened in one of the many ways news copy does, relative to the publication date.</summary>
public static class DateWording
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Phrase(DateOnly day, DateOnly published, Random random)
    {
        var daysBefore = published.DayNumber - day.DayNumber;
        return random.Next(12) switch
        {
            0 when daysBefore == 0 => random.Next(2) == 0 ? "today" : "early on " + Weekday(day),
            0 when daysBefore == 1 => random.Next(2) == 0 ? "yesterday" : "overnight",
            0 or 1 when daysBefore is > 0 and < 7 => "on " + Weekday(day),
            1 or 2 when daysBefore < 7 => "last " + Weekday(day),
            2 or 3 => $"on {day.Day} {Month(day)}",
            4 => $"on {Month(day)} {day.Day}",
            5 => $"on {day.Day} {Month(day)} {day.Year}",
            6 => $"on {Month(day)} {day.Day}, {day.Year}",
            7 => "on " + day.ToString("yyyy-MM-dd", English),
            8 => "on " + day.ToString("dd/MM/yyyy", English),
            9 => $"on the {Ordinal(day.Day)} of {Month(day)}",
            10 when daysBefore < 7 => "earlier this week",
            10 => day.Day <= 10 ? $"in early {Month(day)}" : day.Day <= 20 ? $"in mid-{Month(day)}" : $"in late {Month(day)}",
            11 => $"on the night of {day.Day} {Month(day)}",
            _ => $"on {day.Day} {Month(day)}",
        };
    }

    /// <summary>A dateline as web pages print it above the story, in one of several layouts.</summary>
    public static string Dateline(DateOnly published, Random random) => random.Next(4) switch
    {
        0 => published.ToString("dddd, d MMMM yyyy", English),
        1 => published.ToString("MMMM d, yyyy", English) + " | " + $"{random.Next(6, 23):D2}:{random.Next(60):D2}",
        2 => published.ToString("dd.MM.yyyy", English),
        _ => published.ToString("yyyy-MM-dd", English) + $" {random.Next(6, 23):D2}:{random.Next(60):D2} GMT",
    };

    private static string Weekday(DateOnly day) => day.DayOfWeek.ToString();

    private static string Month(DateOnly day) => English.DateTimeFormat.GetMonthName(day.Month);

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
