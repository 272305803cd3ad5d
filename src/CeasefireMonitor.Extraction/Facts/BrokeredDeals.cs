using System.Text.RegularExpressions;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Rules;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>
/// "The deal was brokered by Qatar": brokering a truce happens when the truce is agreed, so a broker its sentence does not date
/// takes the day of the agreement the page dates nearest before it (else after it), not the day the page is written.
/// </summary>
internal static partial class BrokeredDeals
{
    private const int MaxDaysBefore = 14;

    public static bool IsBroker(string sentence, Trigger trigger)
    {
        if (trigger.Type != EventType.MediationOffered) return false;
        var from = Math.Max(0, trigger.Start - 40);
        var to = Math.Min(sentence.Length, trigger.End + 40);
        return Broker().IsMatch(sentence.AsSpan(from, to - from));
    }

    public static List<FactDraft> DateByAgreement(List<FactDraft> drafts)
    {
        var agreed = drafts.Where(d => d is { Type: EventType.CeasefireAgreed, StartsTruce: false, DatedInSentence: true, Date.Precision: DatePrecision.Day }).ToList();
        if (agreed.Count == 0) return drafts;
        return [.. drafts.Select(d => d is { BrokersDeal: true, DatedInSentence: false, Date: { } filled } && Agreement(agreed, d, filled) is { } day ? d with { Date = day } : d)];
    }

    private static PartialDate? Agreement(List<FactDraft> agreed, FactDraft broker, PartialDate filled)
    {
        var near = agreed.Where(a => a.Date!.Value.Earliest <= filled.Latest && filled.Latest.DayNumber - a.Date!.Value.Earliest.DayNumber <= MaxDaysBefore).ToList();
        var before = near.LastOrDefault(a => a.Sentence.Start <= broker.Sentence.Start);
        return (before ?? near.FirstOrDefault(a => a.Sentence.Start > broker.Sentence.Start))?.Date;
    }

    [GeneratedRegex(@"\b(?:deal|truce|cease-?fire|agreement|accord|armistice|pact)\s+(?:was|were|had been|has been)\s+(?:[\w-]+\s+)?(?:brokered|mediated|negotiated)\b|\bbroker(?:ed|ing)?\s+(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:deal|truce|cease-?fire|agreement|accord)\b|-brokered\s+(?:[\w-]+\s+)?(?:deal|truce|cease-?fire|agreement|accord)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Broker();
}
