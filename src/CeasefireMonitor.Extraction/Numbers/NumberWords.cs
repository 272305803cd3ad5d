using System.Globalization;

namespace CeasefireMonitor.Extraction.Numbers;

/// <summary>Values of written numbers: "49", "30,000", "forty-nine", "a hundred", "two dozen", "1.5 million".</summary>
internal static class NumberWords
{
    public const string Word = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static int? Parse(string text)
    {
        decimal total = 0, current = 0;
        var any = false;
        foreach (var raw in text.ToLowerInvariant().Split([' ', '-', '\u00a0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Replace(",", "", StringComparison.Ordinal);
            if (token is "and") continue;
            if (token is "a" or "an") { current = Math.Max(current, 1); continue; }
            if (decimal.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) { current += number; any = true; continue; }
            var unit = Array.IndexOf(Units, token);
            var ten = Array.IndexOf(Tens, token);
            if (unit >= 0) current += unit;
            else if (ten >= 2) current += ten * 10;
            else if (token == "dozen") current = Math.Max(current, 1) * 12;
            else if (token == "hundred") current = Math.Max(current, 1) * 100;
            else if (token == "thousand") { total += Math.Max(current, 1) * 1000; current = 0; }
            else if (token == "million") { total += Math.Max(current, 1) * 1_000_000; current = 0; }
            else return null;
            any = true;
        }
        var value = total + current;
        return any && value <= int.MaxValue ? (int)Math.Round(value) : null;
    }
}
