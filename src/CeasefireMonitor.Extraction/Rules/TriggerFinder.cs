using System.Globalization;
using System.Text.RegularExpressions;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Patterns;
using CeasefireMonitor.Extraction.Segmentation;

namespace CeasefireMonitor.Extraction.Rules;

/// <summary>Finds the event triggers of a sentence, at most one per event type, the more specific vocabulary first.</summary>
internal static partial class TriggerFinder
{
    public static List<Trigger> Find(string sentence)
    {
        var found = new List<Trigger>();
        // "called it a breach of the truce" names a violation, not a call.
        foreach (var m in Vocabulary.Calls(sentence))
            if (!(m.Groups["gap"].Success && BreachGap().GatedIsMatch(m.Groups["gap"].ValueSpan)) && !(CallNoun().GatedIsMatch(m.ValueSpan) && AcceptedCall().GatedIsMatch(sentence.AsSpan(0, m.Index)))
                && !NotACall(sentence, m))
                Add(found, new Trigger(EventType.CeasefireCalled, m.Index, m.Index + m.Length));
        AddAll(found, Vocabulary.MustStop(), EventType.CeasefireCalled, sentence);
        foreach (var (index, length) in Vocabulary.Mediation(sentence)) Add(found, new Trigger(EventType.MediationOffered, index, index + length));
        // A violation names the truce it breaks ("violating a ceasefire that took effect"), so it goes before the agreement.
        foreach (var (index, length) in Vocabulary.Violation(sentence)) Add(found, new Trigger(EventType.CeasefireViolated, index, index + length));
        foreach (Match m in Vocabulary.Agreement(sentence))
        {
            if (m.Groups["gap"].Success && (ThirdPartyGap().GatedIsMatch(m.Groups["gap"].ValueSpan) || NegatedGap().GatedIsMatch(m.Groups["gap"].ValueSpan))) continue;
            int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            // A peace agreement ("signed the 2015 peace accord") is a final settlement, which ends the hostilities rather than pausing them.
            var type = PeaceSettlement().GatedIsMatch(m.ValueSpan) && !TruceNamed().GatedIsMatch(m.ValueSpan) ? EventType.HostilitiesEnded : EventType.CeasefireAgreed;
            var trigger = new Trigger(type, m.Index, m.Index + m.Length, year);
            // A dated reference ("the 2020 ceasefire agreement") is background even inside a call to respect it.
            // A mediation told inside the truce's aside ("The truce, brokered by X who shuttled between …, took effect") leaves it a truce.
            if (year is null) { if (!found.Any(t => t.Type != EventType.MediationOffered && t.Start < trigger.End && trigger.Start < t.End)) found.Add(trigger); }
            // "accused X of violating the 2015 ceasefire" names the old truce only as what was broken.
            else if (!Overlaps(found, trigger.Start, trigger.End, EventType.CeasefireViolated)) found.Add(trigger);
        }
        if (!found.Any(t => t.Type == EventType.CeasefireAgreed))
            foreach (var m in Vocabulary.BareAgreement().GatedEnumerateMatches(sentence))
                Add(found, new Trigger(EventType.CeasefireAgreed, m.Index, m.Index + m.Length, NeedsParties: true));
        // A passive mediator may sit inside the agreement it brokered, so it only yields to another mediation trigger.
        foreach (var (index, length) in Vocabulary.PassiveMediation(sentence))
            if (!Overlaps(found, index, index + length, EventType.MediationOffered))
                found.Add(new Trigger(EventType.MediationOffered, index, index + length));
        AddAll(found, Vocabulary.Surrender(), EventType.SurrenderDeclared, sentence);
        foreach (var (index, length) in Vocabulary.HostilitiesEnd(sentence)) Add(found, new Trigger(EventType.HostilitiesEnded, index, index + length));
        var firstCall = int.MaxValue;
        foreach (var t in found)
            if (t.Type == EventType.CeasefireCalled) firstCall = Math.Min(firstCall, t.Start);
        // Fighting words after a call are what the caller wants stopped, not a report of fighting.
        foreach (var (index, length) in Vocabulary.Clashes(sentence, firstCall == int.MaxValue ? firstCall : firstCall + 1))
            Add(found, new Trigger(EventType.ClashReported, index, index + length));
        foreach (var m in Vocabulary.Capture().GatedEnumerateMatches(sentence))
            if (m.Index < firstCall) Add(found, new Trigger(EventType.ClashReported, m.Index, m.Index + m.Length));
        if (!found.Any(t => t.Type == EventType.CeasefireViolated) && found.Any(t => t.Type == EventType.ClashReported))
        {
            foreach (Match m in Vocabulary.DespiteTruce().GatedMatches(sentence))
            {
                // "the gravest test of a 2003 ceasefire" names the old truce only as what the fighting breaks.
                found.RemoveAll(t => t.Type == EventType.CeasefireAgreed && t.Year is not null && t.Start < m.Index + m.Length && m.Index < t.End);
                Add(found, new Trigger(EventType.CeasefireViolated, m.Index, m.Index + m.Length));
            }
            // "missiles launched after the ceasefire took effect": the fighting breaks a truce in force, which the sentence still dates.
            var inForce = found.Any(t => t.Type == EventType.CeasefireAgreed && t.Year is null && Vocabulary.InForceLead().IsMatch(sentence.AsSpan(0, t.Start)));
            if (inForce && !found.Any(t => t.Type == EventType.CeasefireViolated))
                found.Add(found.First(t => t.Type == EventType.ClashReported) with { Type = EventType.CeasefireViolated });
        }
        return SentenceSpans.SortByStart(found);
    }

    // "signed what the AU called a truce" names the deal; "called his counterpart" and "in a phone call" are calls on the telephone.
    // "called the offer a ploy" names a thing; "described the call as productive" speaks of a telephone call.
    private static bool NotACall(string sentence, Match m) =>
        m.Value.StartsWith("call", StringComparison.OrdinalIgnoreCase)
        && (NamingWhat().IsMatch(sentence.AsSpan(0, m.Index)) || Telephone().IsMatch(sentence.AsSpan(0, m.Index))
            || (m.Groups["gap"].Success && (PersonCalled().IsMatch(m.Groups["gap"].Value) || CalledItA().IsMatch(m.Groups["gap"].Value)))
            || (CallNounLead().IsMatch(sentence.AsSpan(0, m.Index)) && !CallNounObject().IsMatch(sentence.AsSpan(m.Groups["gap"].Success ? m.Groups["gap"].Index : m.Index + m.Length))));

    [GeneratedRegex(@"^\s*(?:it|this|that|them|(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:a|an)\s+[\w-]+", RegexOptions.IgnoreCase)]
    private static partial Regex CalledItA();

    [GeneratedRegex(@"\b(?:the|this|that|a|an|his|her|their|its)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CallNounLead();

    [GeneratedRegex(@"^\s+(?:for|on|upon|to|from|by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallNounObject();

    [GeneratedRegex(@"\bpeace\s+(?:deal|agreement|accord|treaty|pact)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeaceSettlement();

    [GeneratedRegex(@"\b(?:cease-?fires?|truces?|armistice|cessation|pause|halt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TruceNamed();

    private static void AddAll(List<Trigger> found, Regex pattern, EventType type, string sentence)
    {
        foreach (var m in pattern.GatedEnumerateMatches(sentence)) Add(found, new Trigger(type, m.Index, m.Index + m.Length));
    }

    private static void Add(List<Trigger> found, Trigger trigger)
    {
        if (!Overlaps(found, trigger.Start, trigger.End)) found.Add(trigger);
    }

    // Whether a trigger found (of the type, when one is given) overlaps the span: a loop without a closure, asked for every match of every sentence.
    private static bool Overlaps(List<Trigger> found, int start, int end, EventType? type = null)
    {
        foreach (var t in found)
            if ((type is null || t.Type == type) && t.Start < end && start < t.End) return true;
        return false;
    }

    // "accepted the envoy's proposal for a pause": the proposal is what the parties agreed to, not a call.
    [GeneratedRegex(@"\b(?:accepted|accepts|accept|agreed to|approved|endorsed|signed up to|embraced)\s+(?:(?:the|a|an|his|her|its|their|our)\s+)?(?:[\w’'-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex AcceptedCall();

    [GeneratedRegex(@"\bwhat\s+(?:[\w’'-]+\s+){1,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex NamingWhat();

    [GeneratedRegex(@"\b(?:phone|telephone|video|conference)[\s-]$", RegexOptions.IgnoreCase)]
    private static partial Regex Telephone();

    [GeneratedRegex(@"^\s*(?:(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}counterparts?|him|her|them|me|us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonCalled();

    [GeneratedRegex(@"^(?:proposal|plea|appeal|request|demand|call|offer)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallNoun();

    [GeneratedRegex(@"\b(?:breach\w*|violat\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BreachGap();

    // "the deals signed on Friday are not a ceasefire": the words between verb and truce deny it.
    [GeneratedRegex(@"\b(?:not|never|no|nor)\b|n[’']t\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedGap();

    // "agreed on the need to press for a ceasefire" is a third party's call, not the parties' agreement.
    [GeneratedRegex(@"\b(?:need|press|push|urge|(?<!(?:phone|telephone|video|conference)[\s-])call|work|effort|efforts|toward|towards|seek|pursue|support|discuss|talks? (?:on|about)|respect|abide|uphold|implement|restore|violat\w*|break|broke)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPartyGap();
}
