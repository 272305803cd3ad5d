using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>Dates the drafts whose sentence gives no date, from their paragraph and, for fighting, the article's latest fighting day.</summary>
internal static class DateFilling
{
    private const int RecentDays = 7;

    /// <param name="earlierDates">For each draft, the last date stated earlier in its paragraph, if any.</param>
    /// <param name="newsDay">The day the article's lead reports (its first day-precise date, a few days before publication at most).</param>
    public static List<FactDraft> Fill(IReadOnlyList<FactDraft> drafts, IReadOnlyList<PartialDate?> earlierDates, DateOnly published, PartialDate? newsDay = null)
    {
        var result = new List<FactDraft>(drafts.Count);
        var publishedDay = PartialDate.Of(published);
        PartialDate? lastFighting = null;
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var fighting = d.Type is EventType.ClashReported or EventType.CasualtiesReported ? lastFighting : null;
            // "The attacks" refers back to the fighting already dated, not to a vaguer date earlier in the paragraph.
            var earlier = d.Anaphoric && fighting is not null && earlierDates[i] is not { Precision: DatePrecision.Day } ? fighting : earlierDates[i];
            if (OtherCallersDay(drafts, i, earlier)) earlier = null;
            var date = d.Date ?? RunningTollGoesOn(drafts, result, i) ?? (d.IsStatus ? RelatedStatusDate(drafts, d) : null) ?? (d.Cumulative ? publishedDay : (PartialDate?)null) ?? earlier ?? (d.Anaphoric ? fighting : null) ?? (d.Past ? newsDay : null) ?? publishedDay;
            if (date.IsCertainlyAfter(publishedDay)) date = publishedDay;
            if (d.Type == EventType.ClashReported && !d.VoteOnly && d.DatedInSentence && date.Precision == DatePrecision.Day && published.DayNumber - date.Earliest.DayNumber <= RecentDays)
                lastFighting = date;
            result.Add(d with { Date = date });
        }
        return result;
    }

    // "Y spoke to both sides on Wednesday, calling for calm. Z urged restraint.": one caller's day does not date another's undated call.
    private static bool OtherCallersDay(IReadOnlyList<FactDraft> drafts, int i, PartialDate? earlier)
    {
        var d = drafts[i];
        if (d.Type != EventType.CeasefireCalled || earlier is null) return false;
        for (var j = i - 1; j >= 0 && drafts[j].Sentence.Paragraph == d.Sentence.Paragraph; j--)
            if (drafts[j] is { Type: EventType.CeasefireCalled, DatedInSentence: true } c && c.Date == earlier && !c.Actors.Intersect(d.Actors).Any()) return true;
        return false;
    }

    // "…were killed in the war. On the other side, 70 people died.": an undated toll right after a running toll of its paragraph counts on with it.
    private static PartialDate? RunningTollGoesOn(IReadOnlyList<FactDraft> drafts, List<FactDraft> dated, int i)
    {
        var d = drafts[i];
        if (d.Type != EventType.CasualtiesReported || i == 0) return null;
        var before = drafts[i - 1];
        return before is { Type: EventType.CasualtiesReported, Cumulative: true } && before.Sentence.Paragraph == d.Sentence.Paragraph && before.Sentence.Index == d.Sentence.Index - 1
            ? dated[i - 1].Date : null;
    }

    // A surrender and an end of hostilities reported together share the date the paragraph gives one of them.
    private static PartialDate? RelatedStatusDate(IReadOnlyList<FactDraft> drafts, FactDraft draft) =>
        drafts.Where(o => o.IsStatus && o.Date is not null && o.Sentence.Paragraph == draft.Sentence.Paragraph && o.Type != draft.Type)
            .Select(o => o.Date).FirstOrDefault()
        ?? drafts.Where(o => o.IsStatus && o.Date is not null && o.Sentence.Paragraph == draft.Sentence.Paragraph && o.Date.Value.Precision == DatePrecision.Day)
            .Select(o => o.Date).FirstOrDefault();
}
