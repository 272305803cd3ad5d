using System.Globalization;
using System.Text.RegularExpressions;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Extraction.Patterns;
using CeasefireMonitor.Extraction.Segmentation;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>Finds the date expressions of a sentence and resolves them against the publication date.</summary>
internal static partial class DateFinder
{
    /// <param name="anchor">The date "the day before" counts from: the last date stated earlier in the paragraph.</param>
    public static IReadOnlyList<DateMention> Find(string sentence, DateOnly published, DateOrder order, DateOnly? anchor = null, EventMemory? memory = null)
    {
        var found = new List<DateMention>();
        var context = new DateContext(sentence, published);
        var (digit, month, day) = (DateGates.HasDigit(sentence), DateGates.HasMonth(sentence), DateGates.HasDay(sentence));
        if (digit)
        {
            foreach (Match m in DatePatterns.Iso().Matches(sentence)) Add(found, m, context.Day(Int(m, "y"), Int(m, "m"), Int(m, "d")));
            if (DateGates.MayHoldNumericDate(sentence))
                foreach (Match m in DatePatterns.Numeric().Matches(sentence)) Add(found, m, NumericDates.Resolve(Int(m, "a"), Int(m, "b"), Int(m, "y"), published, order, context));
        }
        if (digit && month && DateGates.MayHoldNumberedMonth(sentence))
        {
            foreach (Match m in DatePatterns.DayMonth().Matches(sentence)) Add(found, m, context.MonthDay(m));
            foreach (Match m in DatePatterns.MonthDay().Matches(sentence)) Add(found, m, context.MonthDay(m));
            foreach (Match m in DatePatterns.MonthYear().Matches(sentence)) Add(found, m, context.Month(Int(m, "y"), Calendar.Month(m.Groups["m"].Value), m.Index));
        }
        if (month && DateGates.MayHoldBareMonth(sentence))
            foreach (Match m in DatePatterns.BareMonth().Matches(sentence)) Add(found, m, context.BareMonth(m));
        if (day && DateGates.MayCountADay(sentence, digit))
            foreach (Match m in DatePatterns.NthDay().Matches(sentence)) Add(found, m, context.NthDay(m));
        if (day && DateGates.HasWeekday(sentence))
            foreach (Match m in DatePatterns.Weekday().Matches(sentence)) Add(found, m, context.Weekday(m));
        foreach (Match m in DatePatterns.Relative().GatedMatches(sentence)) Add(found, m, context.Relative(m, anchor));
        if (digit)
        {
            foreach (Match m in DatePatterns.Year().GatedMatches(sentence)) Add(found, m, context.Year(m));
            // Every decade ends "0s" ("the 1990s"): few sentences with a figure hold that.
            if (sentence.Contains("0s", StringComparison.Ordinal))
                foreach (Match m in DatePatterns.Decade().GatedMatches(sentence)) Add(found, m, context.Decade(m));
        }
        EventOffsets.Add(found, sentence, published, memory);
        BackReferences.Add(found, sentence, anchor, memory);
        // "frozen since February 2019, when India struck…": the date is also the day of the when-clause's event.
        for (var i = 0; i < found.Count; i++)
        {
            var d = found[i];
            found[i] = WithSince(sentence, d.Kind == DateKind.Since && WhenClause().IsMatch(sentence.AsSpan(d.End)) ? d with { OpensWhenClause = true } : d);
        }
        return SentenceSpans.SortByStart(found);
    }

    private static DateMention WithSince(string sentence, DateMention d)
    {
        if (d.Kind is not (DateKind.Since or DateKind.Onset)) return d;
        var from = Math.Max(0, d.Start - 90);
        var at = sentence.AsSpan(from, Math.Min(d.End, sentence.Length) - from).LastIndexOf("since", StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? d with { SinceAt = from + at } : d;
    }

    [GeneratedRegex(@"^,?\s+when\b")]
    private static partial Regex WhenClause();

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    // Patterns run from most to least specific, so a later match inside an earlier one is dropped.
    private static void Add(List<DateMention> found, Match m, (PartialDate Date, DateKind Kind)? resolved)
    {
        if (resolved is not { } r) return;
        var end = m.Index + m.Length;
        if (found.Any(f => m.Index < f.End && f.Start < end)) return;
        found.Add(new DateMention(m.Index, m.Length, r.Date, r.Kind));
    }
}
