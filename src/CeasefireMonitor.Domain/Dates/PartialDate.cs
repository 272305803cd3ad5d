using System.Globalization;

namespace CeasefireMonitor.Domain.Dates;

public enum DatePrecision { Year, Month, Day }

/// <summary>A date known to the precision a text gives: a year, a month or a day.</summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public int Year { get; }
    public int Month { get; }
    public int Day { get; }

    public PartialDate(int year, int month = 0, int day = 0)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (month is < 0 or > 12 || (month == 0 && day != 0)) throw new ArgumentOutOfRangeException(nameof(month));
        if (day < 0 || (day > 0 && day > DateTime.DaysInMonth(year, month))) throw new ArgumentOutOfRangeException(nameof(day));
        (Year, Month, Day) = (year, month, day);
    }

    public static PartialDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    public DatePrecision Precision => Day > 0 ? DatePrecision.Day : Month > 0 ? DatePrecision.Month : DatePrecision.Year;

    public DateOnly Earliest => new(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);

    public DateOnly Latest => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>True only when every day this date may mean lies after every day the other may mean.</summary>
    public bool IsCertainlyAfter(PartialDate other) => Earliest > other.Latest;

    public int CompareTo(PartialDate other) =>
        (Earliest, Latest).CompareTo((other.Earliest, other.Latest));

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4) return false;
        var numbers = new int[3];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        try { date = new PartialDate(numbers[0], numbers[1], numbers[2]); return numbers[0] > 0 && (parts.Length < 2 || numbers[1] > 0) && (parts.Length < 3 || numbers[2] > 0); }
        catch (ArgumentOutOfRangeException) { return false; }
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");

    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;
}
