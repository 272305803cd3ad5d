using System.Globalization;
using System.Text.RegularExpressions;
using CeasefireMonitor.Domain.Dates;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>
/// Dates counted from another event: "a week before the Moscow summit" (the summit's day found earlier in the article),
/// "two days after the truce took effect on 3 May" (its day in the clause), and a lead's "Four days after X, …", whose X is counted back from the main clause.
/// </summary>
internal static partial class EventOffsets
{
    // Nouns that name the same kind of event: a "summit" is dated where the article told of the "talks".
    private static readonly string[][] Kinds =
    [
        ["summit", "talks", "meeting", "negotiations", "conference"],
        ["truce", "ceasefire", "cease-fire", "deal", "agreement", "accord", "pause", "armistice"],
        ["attack", "strike", "strikes", "raid", "ambush", "bombing", "assault", "offensive", "invasion", "incursion"],
        ["election", "vote", "referendum"],
        ["announcement"], ["congress"], ["call"], ["visit"], ["coup"], ["signing"], ["speech"], ["declaration"], ["withdrawal"], ["massacre"],
    ];

    public static void Add(List<DateMention> found, string sentence, DateOnly published, EventMemory? memory)
    {
        if (!DateGates.MayCountFromEventByUnits(sentence)) return;
        foreach (Match m in Offset().Matches(sentence))
        {
            var clauseEnd = sentence.IndexOfAny([',', ';'], m.Index + m.Length);
            if (clauseEnd < 0) clauseEnd = sentence.Length;
            var days = Days(m);
            var after = m.Groups["dir"].Value.Equals("after", StringComparison.OrdinalIgnoreCase);
            var sign = after ? 1 : -1;
            // The referent's own day in its clause ("after the truce took effect on 3 May").
            var inClause = found.FirstOrDefault(d => d.Start >= m.Index + m.Length && d.End <= clauseEnd && d.CanDateEvent && d.Date.Precision == DatePrecision.Day);
            var reference = inClause?.Date.Earliest ?? (memory is not null && Nouns(sentence.AsSpan(m.Index + m.Length, clauseEnd - m.Index - m.Length)) is { } nouns ? memory.DayOf(nouns) : null);
            var overlapping = found.FindIndex(f => m.Index < f.End && f.Start < m.Index + m.Length);
            if (reference is { } r)
            {
                // The main clause happened the offset away from the referent; the referent's clause keeps its own day.
                if (overlapping >= 0) found.RemoveAt(overlapping);
                found.Add(new DateMention(m.Index, m.Length, PartialDate.Of(Shift(r, days, sign)), DateKind.Relative) { ScopeEnd = clauseEnd });
            }
            else if (after && Leads(sentence, m.Index) && clauseEnd < sentence.Length)
            {
                // "Four days after the army announced a truce, the villages still count their dead": the truce is counted back from the main clause's day.
                var main = found.FirstOrDefault(d => d.Start >= clauseEnd && d.CanDateEvent && d.Date.Precision == DatePrecision.Day)?.Date.Earliest ?? published;
                if (overlapping >= 0) found.RemoveAt(overlapping);
                found.Add(new DateMention(m.Index, m.Length, PartialDate.Of(Shift(main, days, -1)), DateKind.Relative) { ScopeEnd = clauseEnd, InsideOnly = true });
            }
            else if (after && Appended().IsMatch(sentence.AsSpan(0, m.Index)) && found.LastOrDefault(d => d.End <= m.Index && d.CanDateEvent && d.Date.Precision == DatePrecision.Day) is { } told)
            {
                // "Troops paraded on Sunday, a day after the premier declared the war over": the declaration is counted back from the day before the comma.
                if (overlapping >= 0) found.RemoveAt(overlapping);
                found.Add(new DateMention(m.Index, m.Length, PartialDate.Of(Shift(told.Date.Earliest, days, -1)), DateKind.Relative) { ScopeEnd = clauseEnd, InsideOnly = true });
            }
        }
    }

    /// <summary>Where a whole word starts in the sentence at or after <paramref name="from"/>, or -1.</summary>
    public static int WordAt(string sentence, string word, int from)
    {
        while (from <= sentence.Length - word.Length)
        {
            var at = sentence.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return -1;
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(sentence[at - 1])) && (end == sentence.Length || !char.IsLetter(sentence[end]))) return at;
            from = at + 1;
        }
        return -1;
    }

    private static string[]? Nouns(ReadOnlySpan<char> referent)
    {
        var head = referent[..Math.Min(referent.Length, 48)];
        foreach (var kind in Kinds)
            foreach (var noun in kind)
            {
                var at = head.IndexOf(noun, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && (at == 0 || !char.IsLetter(head[at - 1])) && (at + noun.Length == head.Length || !char.IsLetter(head[at + noun.Length]))) return kind;
            }
        return null;
    }

    private static bool Leads(string sentence, int index) => index == 0 || LeadWords().IsMatch(sentence.AsSpan(0, index));

    private static DateOnly Shift(DateOnly day, (int Days, int Months) offset, int sign) =>
        day.AddMonths(sign * offset.Months).AddDays(sign * offset.Days);

    /// <summary>A count written as a word ("a", "four") or in digits.</summary>
    public static int Count(string word) => word.ToLowerInvariant() switch
    {
        "" or "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
        "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
        _ => int.Parse(word, CultureInfo.InvariantCulture),
    };

    private static (int Days, int Months) Days(Match m)
    {
        var n = Count(m.Groups["n"].Value);
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        return unit.StartsWith("week", StringComparison.Ordinal) ? (7 * n, 0) : unit.StartsWith("month", StringComparison.Ordinal) ? (0, n) : (n, 0);
    }

    [GeneratedRegex(@"\b(?:(?<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?<unit>days?|nights?|weeks?|months?)|the\s+(?<unit>day|night|week))\s+(?<dir>before|after)\s+(?!(?:that|this|it|then)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Offset();

    [GeneratedRegex(@",\s*(?:(?:exactly|just|only|barely|some|about|nearly|almost)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Appended();

    [GeneratedRegex(@"^\W*(?:(?:exactly|just|only|barely|some|about|nearly|almost)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadWords();
}
