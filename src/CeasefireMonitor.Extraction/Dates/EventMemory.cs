using CeasefireMonitor.Domain.Dates;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>The article's earlier sentences and their day dates, so "a week before the summit" can find the summit's day.</summary>
internal sealed class EventMemory
{
    private readonly List<(string Sentence, IReadOnlyList<DateMention> Dates)> read = [];

    public void Remember(string sentence, IReadOnlyList<DateMention> dates)
    {
        if (dates.Any(d => d.CanDateEvent && d.Date.Precision == DatePrecision.Day)) read.Add((sentence, dates));
    }

    /// <summary>The main day of the latest earlier sentence that gave one: its first, as later ones tend to sit in subordinate clauses.</summary>
    public DateOnly? LastDay() =>
        read.Count == 0 ? null : read[^1].Dates.FirstOrDefault(d => d.CanDateEvent && d.Date.Precision == DatePrecision.Day && !d.InsideOnly)?.Date.Earliest;

    /// <summary>The day of the latest earlier sentence naming one of the nouns with a day date in the same comma-free stretch.</summary>
    public DateOnly? DayOf(IReadOnlyList<string> nouns)
    {
        for (var i = read.Count - 1; i >= 0; i--)
        {
            var (sentence, dates) = read[i];
            foreach (var noun in nouns)
            {
                for (var at = EventOffsets.WordAt(sentence, noun, 0); at >= 0; at = EventOffsets.WordAt(sentence, noun, at + noun.Length))
                {
                    foreach (var d in dates)
                        if (d.CanDateEvent && d.Date.Precision == DatePrecision.Day && d.ScopeEnd < 0 && SameStretch(sentence, at, d)) return d.Date.Earliest;
                }
            }
        }
        return null;
    }

    private static bool SameStretch(string sentence, int at, DateMention d)
    {
        var (from, to) = at < d.Start ? (at, d.Start) : (d.End, at);
        return to >= from && sentence.AsSpan(from, to - from).IndexOfAny(",;") < 0;
    }
}
