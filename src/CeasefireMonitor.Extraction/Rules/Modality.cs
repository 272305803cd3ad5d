using System.Text.RegularExpressions;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Rules;

/// <summary>Decides whether a trigger states a fact, or sits under negation, condition, intent, rumour, question or metaphor.</summary>
internal static partial class Modality
{
    private const int Window = 70;

    public static bool States(string sentence, Trigger trigger)
    {
        if (sentence.AsSpan().TrimEnd("\"”’' ").EndsWith('?')) return false;
        var clauseStart = Clauses.StartOf(sentence, trigger.Start);
        // "Khartoum has denied that its aircraft struck civilians": the clause a denial governs is negated, though "that" bounds it.
        if (clauseStart > 0 && DeniedThat().GatedIsMatch(sentence.AsSpan(Math.Max(0, clauseStart - 60), Math.Min(60, clauseStart)))) return false;
        // "has not said that the war is over", "asked Kabul to confirm that hostilities had ceased": a clause nobody asserted, or one asked for, states nothing.
        if (clauseStart > 0 && UnassertedThat().GatedIsMatch(sentence.AsSpan(Math.Max(0, clauseStart - 100), Math.Min(100, clauseStart)))) return false;
        var from = Math.Max(clauseStart, trigger.Start - Window);
        // Windows are spans of the sentence, not copies, so their gates reuse the sentence's literal scan.
        var before = sentence.AsSpan(from, trigger.Start - from);
        // "regretted the failure of efforts to avoid an escalation and urged restraint": a past-tense call joined by "and" is asserted whatever the object before it.
        var coordinatedCall = trigger.Type == EventType.CeasefireCalled && AndBefore().IsMatch(before) && PastCall().IsMatch(sentence.AsSpan(trigger.Start));
        // "the panel would convene the two delegations", "will keep working with both sides": a third party's stated commitment is its offer, unless a condition follows.
        var offer = trigger.Type == EventType.MediationOffered ? OfferModal().Match(sentence, from, trigger.Start - from) : Match.Empty;
        if (offer.Success && ConditionAfter().GatedIsMatch(sentence.AsSpan(trigger.End))) return false;
        var hedged = offer.Success ? sentence.AsSpan(from, offer.Index - from) : before;
        if (Negation().GatedIsMatch(before) || (!coordinatedCall && Hypothetical().GatedIsMatch(hedged)) || Rumour().GatedIsMatch(sentence)) return false;
        if (NoPartIn().GatedIsMatch(sentence.AsSpan(Math.Max(0, trigger.Start - 40), Math.Min(40, trigger.Start)))) return false;
        if (trigger.Type != EventType.MediationOffered && Intent().GatedIsMatch(before)) return false;
        // "a second package, known as Minsk II, which called for a ceasefire": an accord's terms are its parties' agreement, no one's call (a roadmap a body adopts is that body's).
        if (trigger.Type == EventType.CeasefireCalled && DocumentTerms().GatedIsMatch(sentence.AsSpan(Math.Max(0, trigger.Start - 60), trigger.End - Math.Max(0, trigger.Start - 60)))) return false;
        // "the proposal on the table would have extended the truce": a counterfactual proposal calls for nothing.
        if (trigger.Type == EventType.CeasefireCalled && Counterfactual().GatedIsMatch(sentence.AsSpan(trigger.Start, trigger.End - trigger.Start))) return false;
        if (trigger.Type is EventType.CeasefireAgreed or EventType.SurrenderDeclared or EventType.HostilitiesEnded && CallFor().GatedIsMatch(before)) return false;
        if (trigger.Type == EventType.HostilitiesEnded && HedgedEnd().GatedIsMatch(sentence)) return false;
        // "an end of hostilities would be declared once …", "a truce is to be signed next week": the status is still to come.
        if (trigger.Type is EventType.CeasefireAgreed or EventType.SurrenderDeclared or EventType.HostilitiesEnded && ModalPassiveAfter().GatedIsMatch(sentence.AsSpan(trigger.End))) return false;
        // "offered only the choice of surrender", "given the chance to surrender": terms put to a side, not its surrender.
        if (trigger.Type == EventType.SurrenderDeclared && SurrenderOffered().GatedIsMatch(before)) return false;
        // "guaranteed that those who surrendered would be treated well": a promise about whoever surrenders, not a surrender.
        if (trigger.Type == EventType.SurrenderDeclared && WhoBefore().GatedIsMatch(before) && ModalNext().GatedIsMatch(sentence.AsSpan(trigger.End))) return false;
        var after = sentence.AsSpan(trigger.End, Math.Min(50, sentence.Length - trigger.End));
        if (trigger.Type == EventType.ClashReported && NotFighting.Matches(sentence, trigger)) return false;
        if (trigger.Type is EventType.ClashReported or EventType.CasualtiesReported)
            return !Metaphors.Matches(sentence, trigger) && !StopBefore().GatedIsMatch(before) && !ModalAfter().GatedIsMatch(after);
        return !NegatedAfter().GatedIsMatch(sentence.AsSpan(trigger.Start, Math.Min(40, sentence.Length - trigger.Start)));
    }

    /// <summary>
    /// Whether a trigger that states no fact also withdraws its type from the whole sentence: a denied attack ("denied launching any attack")
    /// leaves no other attack in the sentence a plain report, and a party that did not agree unmakes the agreement the sentence names.
    /// </summary>
    public static bool Withdraws(string sentence, Trigger trigger)
    {
        var from = Math.Max(Clauses.StartOf(sentence, trigger.Start), trigger.Start - Window);
        var before = sentence.AsSpan(from, trigger.Start - from);
        return trigger.Type switch
        {
            EventType.ClashReported or EventType.CeasefireViolated => Denial().GatedIsMatch(before),
            EventType.CeasefireAgreed or EventType.SurrenderDeclared or EventType.HostilitiesEnded => Negation().GatedIsMatch(before),
            _ => false,
        };
    }

    /// <summary>A party's refusal or failure to agree anywhere in the sentence ("failed to agree on terms", "had never agreed") means no agreement is reported there.</summary>
    public static bool RefusesAgreement(string sentence) => RefusedAgreement().GatedIsMatch(sentence);

    [GeneratedRegex(@"\b(?:not|never|fail(?:s|ed)? to|refus(?:e|es|ed) to|yet to|declin(?:e|es|ed) to)\s+(?:\w+\s+)?(?:agree\w*|sign\w*|accept\w*|approv\w*)\b|n[’']t\s+(?:\w+\s+)?(?:agree\w*|sign\w*|accept\w*|approv\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefusedAgreement();

    [GeneratedRegex(@"\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?)\b|\b(?:had|has|have)\s+[“""]?(?:nothing to do|no (?:role|part|involvement))[”""]?\s+(?:with|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(?:not|no|never|neither|nor|without|yet to|refus\w*|reject\w*|den(?:y|ies|ied|ying)|dismiss\w*|fail(?:s|ed)? to|declin\w* to|ruled? out|unlikely)\b|n[’']t\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:would|could|may|might|should|shall|must|can|if|unless|whether|unclear|uncertain|not clear|lest|condition|conditions|risk of|risks|fears? of|feared|possib\w+|potential|to avoid|avert|to prevent|prevent(?:ing)?|threat(?:en\w*)? (?:of|to)|imminent|impending|looming)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"\b(?:will|plans? to|planning to|intends? to|intended to|hopes? to|hoping to|expected to|aims? to|seeks? to|consider\w*|ready to|prepared to|willing to|likely to|set to|going to|about to|wants? to|vow\w* to|pledg\w* to|promis\w* to|intentions?|intends|intent on|goal is|aim is)\b|\bmay\b", RegexOptions.IgnoreCase)]
    private static partial Regex Intent();

    // An end "as we have known it", or one whose final deal holds only "unless" or "only if" something happens, is rhetoric, not a declared end.
    [GeneratedRegex(@"\bas\s+(?:[\w-]+\s+){1,3}(?:had|have|has)\s+known\s+it\b|\b(?:unless|only if|provided that|on condition that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HedgedEnd();

    // "had “nothing to do” with the attack" denies it even across the quote marks that bound clauses.
    [GeneratedRegex(@"\b(?:nothing[”""]?\s+to\s+do[”""]?\s+with|no\s+(?:role|part|involvement)\s+in)\s+(?:the\s+|this\s+|that\s+|any\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoPartIn();

    [GeneratedRegex(@"\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|(?:dismiss|reject)(?:s|ed|ing)?\s+(?:claims|reports|allegations|accusations|suggestions))\s+(?:the\s+claim\s+)?that\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DeniedThat();

    [GeneratedRegex(@"(?:\b(?:not|never)\s+(?:yet\s+)?|n[’']t\s+)(?:publicly\s+)?(?:said|say|says|announced|announce|declared|declare|confirmed|confirm|claimed|claim|stated|state|acknowledged|acknowledge)\s+(?:publicly\s+)?that\s*$|\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|call(?:s|ed|ing)?\s+on|invit(?:e|es|ed|ing)|wait(?:s|ed|ing)?\s+for|await(?:s|ed|ing)?)\b[^.;!?]{0,80}?\bto\s+(?:confirm|declare|announce|state|acknowledge|verify)\s+that\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UnassertedThat();

    [GeneratedRegex(@"^\s*(?:[\w'’-]+\s+){0,2}?(?:would|will|could|may|might|should|must|is to|are to|was to|were to)\s+(?:(?:only|not|never|then|also|soon|formally|officially)\s+)*be\s+(?:declared|announced|signed|agreed|reached|concluded|proclaimed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ModalPassiveAfter();

    [GeneratedRegex(@"\b(?:those|anyone|all|fighters|soldiers|militants|men)\s+who\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoBefore();

    [GeneratedRegex(@"^\s+(?:would|will|could|may|might|should|must|can)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ModalNext();

    [GeneratedRegex(@"\b(?:offer(?:s|ed|ing)?|choice|option|chance)\b(?:(?!\b(?:and|but)\b)[^,;])*$", RegexOptions.IgnoreCase)]
    private static partial Regex SurrenderOffered();

    [GeneratedRegex(@"\b(?:would|will)\s+(?:(?:also|still|now|then)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OfferModal();

    [GeneratedRegex(@"\b(?:if|unless|provided|once|only when|as soon as)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionAfter();

    [GeneratedRegex(@"\band\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AndBefore();

    [GeneratedRegex(@"^(?:urged|called|appealed|pressed|demanded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastCall();

    [GeneratedRegex(@"\b(?:package|accord|agreement|deal|protocol|memorandum|treaty|pact)\b(?:,[^,;.]{1,40})?,?\s+(?:which|that)\s+(?:also\s+|had\s+|has\s+)?(?:call|urg|demand|propos|seek|sought)", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentTerms();

    [GeneratedRegex(@"\b(?:would|could|might|should)\s+have\b", RegexOptions.IgnoreCase)]
    private static partial Regex Counterfactual();

    [GeneratedRegex(@"\b(?:unconfirmed|rumou?rs?|rumou?red|speculat\w+|unverified)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rumour();

    [GeneratedRegex(@"\b(?:call(?:s|ed|ing)? (?:on|for|upon)|urg\w+|demand\w*|press\w* for|appeal\w*|ultimatum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallFor();

    [GeneratedRegex(@"\b(?:end|halt|stop|cease|ending|halting|stopping|to end)\s+(?:the\s+|all\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StopBefore();

    [GeneratedRegex(@"^[^,;.]{0,30}?\b(?:has threatened|have threatened|threatens|threaten|threatened to|could|would|may|might|risks|risked|is likely|are likely)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ModalAfter();

    [GeneratedRegex(@"^\w+\s+(?:has|have|had|was|were|is)?\s*(?:not|never)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedAfter();
}
