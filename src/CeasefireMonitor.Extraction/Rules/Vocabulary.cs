using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Rules;

/// <summary>The vocabulary of each event type, as grammar patterns over a sentence.</summary>
internal static partial class Vocabulary
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Truce = @"(?:cease-?fires?|truces?|armistice|cessation of (?:military\s+)?(?:hostilities|fighting)|peace (?:deal|agreement|accord|treaty|pact)|(?:humanitarian|temporary|\w+-(?:hour|day|week|month))\s+(?:pause|halt)|pause in (?:the\s+)?(?:fighting|hostilities|hostilities))";

    private const string StopObject = @"(?:fighting|hostilities|violence|attacks|war|offensive|clashes|bloodshed|shelling|strikes|bombing|bombardment|military operations?|firing|killing)";

    // A call's verbs in three groups of at most 16 leading words, and its other forms, matched as one alternation in this order
    // (AlternationMatching): each group's words are searched for together (vectorised), where one pattern tried every letter that
    // may start one of them, and a group runs only where its own gate passes.
    public static List<Match> Calls(string sentence) => AlternationMatching.GatedMatches(sentence, CallOptions);

    /// <summary>The patterns whose ordered alternation is the call pattern.</summary>
    public static readonly Regex[] CallOptions = [CallUrged(), CallRequested(), CallSought(), CallOffered()];

    // What a call asks for, after its verb.
    private const string CallObject = @"\b(?<gap>[^.;!?]{0,100}?)\b(?<obj>" + Truce + @"|(?:an?\s+(?:immediate\s+|urgent\s+|complete\s+)?)?(?:end (?:to|of)|(?:halt|stop) to) (?:the\s+|all\s+)?" + StopObject + @"|restraint|de-?escalat\w*|calm|stand down|step back|pull back|refrain from (?:[\w-]+\s+){0,2}?(?:provocations?|violence|attacks|escalation|hostilities)|(?:halt|stop|cease|end)\s+(?:the\s+|all\s+|its\s+|their\s+)?" + StopObject + @")\b";

    [GeneratedRegex(@"\b(?:call(?:s|ed|ing)?|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|demand(?:s|ed|ing)?)" + CallObject, Options)]
    private static partial Regex CallUrged();

    [GeneratedRegex(@"\b(?:request(?:s|ed|ing)?|ask(?:s|ed|ing)?|plead(?:s|ed|ing)?|implor(?:e|es|ed|ing)|exhort(?:s|ed|ing)?|propos(?:e|es|ed|ing|al))" + CallObject, Options)]
    private static partial Regex CallRequested();

    [GeneratedRegex(@"\b(?:seek(?:s|ing)?|sought|pleas?|hop(?:e|es|ed|ing)|want(?:s|ed)?)" + CallObject, Options)]
    private static partial Regex CallSought();

    [GeneratedRegex(@"\bcall(?:s|ed|ing)? (?:for|on \w+ (?:sides?|parties|countries)? ?for) (?:peace|calm|an end)\b"
        // "offered an immediate ceasefire": a side offering a truce calls for one; "ordered its forces to halt operations": a unilateral halt.
        + @"|\boffer(?:s|ed|ing)?\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?!to\b)[\w-]+\s+){0,2}?(?:cease-?fire|truce|cessation of hostilities)\b"
        // "is ready to stop long-range strikes for 30 days": a side offering to halt its own fire proposes a truce.
        + @"|\b(?:ready|prepared|willing)\s+to\s+(?:stop|halt|cease|suspend|pause)\s+(?:all\s+|its\s+|their\s+|the\s+)?(?:[\w,-]+\s+){0,5}?(?:strikes|attacks|fire|firing|fighting|hostilities|offensive|operations|shelling|bombardment)\b"
        + @"|\border(?:s|ed)?\s+(?:his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|army|units|fighters|soldiers|military)\s+to\s+(?:halt|stop|cease|suspend|pause)\s+(?:all\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:operations|attacks|fire|firing|fighting|hostilities|offensive|advance|shelling|strikes)\b", Options)]
    private static partial Regex CallOffered();

    // Mediation's options in six patterns, matched as one alternation in this order (AlternationMatching): as one pattern its matcher
    // was too large for the JIT to optimise ("switched MinOpts"); each option but the hyphenated one leads with at most 16 words, which
    // its matcher searches for together (vectorised) instead of trying every letter that may start one of them.
    public static List<(int Index, int Length)> Mediation(string sentence) => AlternationMatching.GatedSpans(sentence, 0, int.MaxValue, MediationOptions);

    /// <summary>The patterns whose ordered alternation is the mediation pattern.</summary>
    public static readonly Regex[] MediationOptions = [MediationOffered(), MediationHeld(), MediationHyphenated(), MediationNamed(), MediationGoBetween(), MediationConvened()];

    [GeneratedRegex(@"\b(?:offer(?:s|ed|ing)?|volunteer(?:s|ed)?|propos(?:e|es|ed)) to (?:help\s+)?(?:mediate|facilitate|host|broker)\b|\b(?:willing(?:ness)?|ready|readiness|prepared|available) to (?:help\s+)?(?:mediate|facilitate|host|broker)\b|\b(?:guarantors?|facilitators?|(?:special|peace)\s+envoys?)\b", Options)]
    private static partial Regex MediationOffered();

    [GeneratedRegex(@"\bfacilitat(?:ed|es|ing)\s+(?:the\s+)?(?:talks|process|negotiations|dialogue|peace process)\b|\b(?:efforts?|initiative|bid|push)\s+to\s+(?:end|halt|stop|broker|secure|negotiate)\b|\bmediation\b(?! of\b)|\bmediat(?:ed|es|ing)\b(?!\s+by\b)|\bmediators?\b|\bhost(?:ed|s|ing)?\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|summit|meeting)\b|\bbrokered (?:talks|negotiations|a meeting)\b|\bbroker(?:ed|s|ing)\s+(?:the|a|an|this|that|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:accord|deal|agreement|truce|cease-?fire|pact|settlement|armistice)\b", Options)]
    private static partial Regex MediationHeld();

    // "a Qatari-brokered truce": its lookbehind keeps it apart, as an option searched for by its hyphen.
    [GeneratedRegex(@"(?<=[\p{L}.])-(?:brokered|mediated|facilitated)\b", Options)]
    private static partial Regex MediationHyphenated();

    [GeneratedRegex(@"\b(?:restore|revive|salvage) (?:the\s+)?(?:cease-?fire|truce)\b|\bgood offices\b|\bbring[^.;!?]{0,40}?to the (?:negotiating|negotiation|peace) table\b|\b(?:act(?:ed|ing|s)?|serv(?:ed|ing|es)) as (?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:mediators?|go-betweens?|intermediar(?:y|ies)|brokers?|facilitators?|guarantors?)\b", Options)]
    private static partial Regex MediationNamed();

    [GeneratedRegex(@"\bgo-betweens?\b|\bintermediar(?:y|ies)\b|\bshuttl(?:ed|es|ing) between\b|\bshuttle diplomacy\b|\b(?:ready|willing|prepared|offered|offers|offering) to help (?:the\s+)?(?:[\w-]+\s+){0,3}?(?:return to|resume|restart|revive|reach|find)\b", Options)]
    private static partial Regex MediationGoBetween();

    [GeneratedRegex(
        // "would convene the two delegations", "convened a summit": bringing the parties together (asking someone else to convene is no offer; a body's meeting is its own).
        @"(?<!\b(?:ask\w*|urg\w*|call\w* (?:on|upon)|request\w*|press\w*)\s+(?:[\w-]+\s+){0,4}to\s+)\bconven(?:e|es|ed|ing)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:delegations|parties|sides|talks|negotiations|summit|round)\b"
        // "has invited the government and the rebels to an emergency meeting": bringing the parties to the table is an offer to host them.
        + @"|\binvit(?:e|es|ed|ing)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:and|both|two|all)\s+(?:[^.;!?]{0,60}?)\bto\s+(?:an?\s+|the\s+|fresh\s+|new\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|summit|negotiations|peace conference)\b"
        // "would keep working with both sides", "will keep working with Moscow and the opposition to hold the truce together".
        + @"|\b(?:keep|keeps|kept|continue|continues|continued|continuing)\s+(?:to\s+work|working)\s+with\s+(?:both sides|the two sides|the parties|all (?:sides|parties)|[^.;!?]{1,80}?\bto\s+(?:hold|keep|secure|reach|make|consolidate|preserve)\b[^.;!?]{0,40}?\b(?:truce|cease-?fire|deal|agreement|peace))\b", Options)]
    private static partial Regex MediationConvened();

    // The passive names the mediator after "by": "talks mediated by Qatar", "a truce brokered by Egypt". Two options of at most 16 leading
    // words, matched as one alternation in this order (AlternationMatching), so each matcher searches for its words together (vectorised).
    public static List<(int Index, int Length)> PassiveMediation(string sentence) => AlternationMatching.GatedSpans(sentence, 0, int.MaxValue, PassiveMediationOptions);

    /// <summary>The patterns whose ordered alternation is the passive mediation pattern.</summary>
    public static readonly Regex[] PassiveMediationOptions = [BrokeredBy(), LedBy()];

    [GeneratedRegex(@"\b(?:mediated|brokered|facilitated|hosted|chaired|convened|sponsored)\s+(?:jointly\s+)?by\b|\b(?:negotiated|brokered|arranged|mediated)\s+(?:through|via|with the help of)\b", Options)]
    private static partial Regex BrokeredBy();

    [GeneratedRegex(@"\b(?:talks|negotiations|summit|meeting|process)\b[^.;!?]{0,40}?\b(?:led|overseen|organi[sz]ed)\s+by\b|\b(?:proposal|plan|draft|text)\s+(?:drafted|proposed|put forward|tabled|written)\s+by\b", Options)]
    private static partial Regex LedBy();

    // Agreement's options in eight patterns, matched as one alternation in this order (AlternationMatching): as one pattern its
    // matcher is too large for the JIT to optimise, and the truce-clause option, which may start at any letter ("72-hour pause
    // that…"), made it try every position of each sentence; apart, that option runs only where its own gate passes.
    public static List<Match> Agreement(string sentence) => AlternationMatching.GatedMatches(sentence, AgreementOptions);

    /// <summary>The patterns whose ordered alternation is the agreement pattern.</summary>
    public static readonly Regex[] AgreementOptions = [AgreementSigned(), AgreementDeclared(), AgreementCommitted(), AgreementToStop(), AgreementTruceInForce(), AgreementSinceTruceBegan(), AgreementTruceClause(), AgreementEndedOrDated()];

    // Its first option split at its verbs, so that no option leads with more than 16 words: the generated matcher then searches for those
    // words together (vectorised) instead of trying every letter that may start one of them.
    [GeneratedRegex(@"\b(?:agreed|agrees|agree|signed|signs|sign|accepted|accepts|accept|reached|reach|struck|concluded|brokered|announced)\b(?<gap>[^.;!?]{0,50}?)\b(?<obj>" + Truce + @")\b", Options)]
    private static partial Regex AgreementSigned();

    [GeneratedRegex(@"\b(?:declared|entered into|observed|approved|approves|ratified|endorsed)\b(?<gap>[^.;!?]{0,50}?)\b(?<obj>" + Truce + @")\b", Options)]
    private static partial Regex AgreementDeclared();

    [GeneratedRegex(@"\b(?:(?<!\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|is|are|was|were|be|been)\s+(?:\w+ly\s+)?)committed|committing|commits)\b(?<gap>[^.;!?]{0,50}?)\b(?<obj>" + Truce + @")\b", Options)]
    private static partial Regex AgreementCommitted();

    [GeneratedRegex(@"\b(?:agreed|agrees|accepted|approved|signed|reached|struck)\b(?<gap>[^.;!?]{0,30}?)\b(?:agreement|deal|proposal|plan|accord|arrangement|understanding)\b(?=[^.;!?]{0,80}?\b(?:" + Truce + @"|pause|(?:stop|halt|cease|end)\s+(?:the\s+|all\s+)?" + StopObject + @"))|\bagreed\b(?<gap>[^.;!?]{0,60}?)\bto\s+(?:stop|halt|cease|suspend|pause|end)\s+(?:all\s+|their\s+|the\s+)?(?:[\w,-]+\s+){0,5}?(?:attack\w*|fighting|firing|strikes|hostilities|operations|military action|offensives?|shelling|bombardment)\b|\bagreed\s+(?:that\s+)?(?:both sides|the two sides|the parties|the two countries|they)\s+(?:would|will)\s+(?:stop|halt|cease|end)\b", Options)]
    private static partial Regex AgreementToStop();

    [GeneratedRegex(@"\b(?:cease-?fire|truce|armistice|cessation of hostilities)\b(?:,\s+(?:which|that|(?:negotiated|brokered|mediated|arranged|agreed|announced|signed)\s+(?:by|through|with|in|on|after|last|late|early)\b)[^,.;!?]{1,100},)?[^.;!?]{0,30}?\b(?:took|takes|went|goes|came|comes|entered|enters|has taken|had taken|has come|had come|has gone|had gone)\s+(?:into\s+)?(?:effect|force)\b|\b(?:cease-?fire|truce|armistice)\s+(?:was|has been|had been|were|is)\s+(?:agreed|signed|reached|brokered|announced|declared)\b|\b(?:cease-?fire|truce|armistice|pause)\s+(?:that|which)\s+(?:began|started|took hold)\b", Options)]
    private static partial Regex AgreementTruceInForce();

    [GeneratedRegex(@"(?<=\bsince\s+(?:the|a|an|this|its|their)\s+(?:[\w-]+\s+){0,2})\b(?:cease-?fire|truce|armistice)(?:\s+with\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?\s+(?:began|started|took hold)\b", Options)]
    private static partial Regex AgreementSinceTruceBegan();

    [GeneratedRegex(@"\b" + Truce + @"\s+(?:that|which)\s+(?!(?:would|will|could|may|might|should|must)\b)(?:[\w'’.-]+\s+){1,6}?(?:signed|agreed|reached|struck|concluded)\b", Options)]
    private static partial Regex AgreementTruceClause();

    [GeneratedRegex(@"\b(?:ended|ending|ends)\b[^.;!?]{0,40}?\b(?:with|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + Truce + @"\b|\b(?<year>1[89]\d{2}|20\d{2})\s+(?:[\w-]+\s+)?(?:cease-?fire|truce|armistice|peace (?:deal|agreement|accord|treaty))\b", Options)]
    private static partial Regex AgreementEndedOrDated();

    // "Israel and Hamas had reached an agreement": an agreement named by nothing but its parties, taken only when two sides are its subject.
    [GeneratedRegex(@"\b(?:reached|struck|sealed|clinched|signed|accepted)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:agreement|deal|accord|proposal|plan)\b(?!\s+(?:on|to|over|for|about|that|with|allowing|covering|under|in principle|of|between|in)\b)", Options)]
    public static partial Regex BareAgreement();

    // "launched after the truce took effect": the truce is already in force, so fighting in the sentence breaks it.
    [GeneratedRegex(@"\b(?:after|since|despite|even after|hours after|days after|minutes after)\s+(?:the|a|an|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$", Options)]
    public static partial Regex InForceLead();

    // Violation's options in five patterns, matched as one alternation in this order (AlternationMatching): each leads with at most 16 words,
    // which the generated matcher searches for together (vectorised) instead of trying every letter that may start one of them.
    public static List<(int Index, int Length)> Violation(string sentence) => AlternationMatching.GatedSpans(sentence, 0, int.MaxValue, ViolationOptions);

    /// <summary>The patterns whose ordered alternation is the violation pattern.</summary>
    public static readonly Regex[] ViolationOptions = [TruceViolated(), DealViolated(), ViolatedIt(), BreachOrAccusation(), TruceCollapsed()];

    [GeneratedRegex(@"\b(?:violat(?:e|es|ed|ing|ion|ions)|breach(?:es|ed|ing)?|broke|broken|breaking|flout(?:s|ed|ing)?)\b[^.;!?]{0,40}?\b(?:cease-?fire|truce|armistice)\b", Options)]
    private static partial Regex TruceViolated();

    [GeneratedRegex(@"\b(?:violat(?:ed|ing|ion|ions)|breach(?:ed|ing)?|a breach)\s+(?:of\s+)?(?:the|this|that)\s+(?:[\w-]+\s+)?(?:agreement|understanding|deal|accord|arrangement)\b|\b(?:cease-?fire|truce)\s+(?:violations?|breaches)\b", Options)]
    private static partial Regex DealViolated();

    [GeneratedRegex(@"(?<=\b(?:deal|agreement|accord|arrangement|cease-?fire|truce)\b[^.;!?]{0,100}?)\b(?:violat(?:ed|es|ing)|breach(?:ed|es|ing))\s+it\b", Options)]
    private static partial Regex ViolatedIt();

    [GeneratedRegex(@"\bin (?:breach|violation) of\b[^.;!?]{0,30}?\b(?:cease-?fire|truce|armistice)\b|\b(?:each|either|both)\s+sides?\s+(?:has\s+|have\s+)?accus\w*\s+(?:the other|each other|one another)\s+of\s+(?:[\w-]+\s+){0,3}?(?:firing|fired|shelling|shelled|attack\w*|opening fire|breach\w*|violat\w*|break\w*)\b", Options)]
    private static partial Regex BreachOrAccusation();

    [GeneratedRegex(@"(?<=(?<!\b(?:talks|negotiations|efforts?|bid|plan|hopes?|process)\b[^.;!?]{0,40})\b(?:cease-?fires?|truces?|armistice|cessation of hostilities)\b(?:(?!\b(?:and|but|talks|negotiations|process)\b)[^.;!?]){0,70}?)\b(?:collapsed|broke down|(?:has|had) broken down|fell apart|unravell?ed|crumbled|was shattered|(?:was|were|had been|has been) broken)\b", Options)]
    private static partial Regex TruceCollapsed();

    // Fighting "despite the truce", "after the truce was supposed to begin", or called "the gravest test of a 2003 ceasefire" breaks that truce.
    [GeneratedRegex(@"\bdespite (?:a|the|an)\s+(?:[\w-]+\s+)?(?:cease-?fire|truce)\b(?!\s+(?:call|calls|appeal|appeals|proposal|talks|negotiations))"
        + @"|\b(?:after|since)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:cease-?fire|truce)\s+(?:was|had been)\s+(?:supposed|due|meant|set|scheduled)\s+to\s+(?:begin|start|take effect|take hold|come into (?:force|effect))\b"
        + @"|\b(?:tests?|tested|testing|strains?|strained|straining|undermined|undermining|threats?)\s+(?:of\s+|to\s+|on\s+)?(?:a|the|an|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:cease-?fire|truce)\b(?!\s+(?:call|calls|appeal|appeals|proposal|talks|negotiations))", Options)]
    public static partial Regex DespiteTruce();

    // A bare verb after a relative, modal or infinitive ("fighters who surrender", "ordered to lay down arms") is no report.
    [GeneratedRegex(@"\b(?:surrender(?:ed|s)|capitulat(?:ed|es|ion)|(?:their|its|his|her|our|the|a|an|formal|mass|unconditional) surrender|la(?:id|ys) down (?:their|its|his|our)?\s*(?:arms|weapons)|handed (?:over|in) (?:their|its|his|our)?\s*(?:arms|weapons)|gave themselves up|handed themselves (?:in|over)|(?:decided|agreed|resolved|chose)\s+to\s+silence\s+(?:its|their|our)\s+(?:guns|weapons|arms)|agreed to disarm|(?:agreed to|accepted|announced|declared)[^.;!?]{0,30}?disarmament)\b|(?<!\b(?:who|that|to|will|would|could|must|should|may|might|if|unless|and|or|not|never|word|term|words)\s+)\b(?:surrender(?:ing)?|capitulat(?:e|ing)|lay(?:ing)? down (?:their|its|his|our)?\s*(?:arms|weapons)|hand(?:ing)? themselves (?:in|over))\b", Options)]
    public static partial Regex Surrender();

    // The end of hostilities in three patterns, matched as one alternation in this order (AlternationMatching): each leads with at most
    // 16 words, which its matcher searches for together (vectorised) instead of trying every letter that may start one of them.
    public static List<(int Index, int Length)> HostilitiesEnd(string sentence) => AlternationMatching.GatedSpans(sentence, 0, int.MaxValue, HostilitiesEndOptions);

    /// <summary>The patterns whose ordered alternation is the end-of-hostilities pattern.</summary>
    public static readonly Regex[] HostilitiesEndOptions = [FightingEnded(), OperationsEnded(), EndDeclared()];

    [GeneratedRegex(@"\bend of (?:the\s+|its\s+|their\s+|this\s+|a\s+)?(?:[\w""“”'’-]+\s+){0,3}?(?:hostilities|operation|operations|war|offensive|fighting|conflict|campaign|disputes|clashes)\b|\b(?:war|fighting|hostilities|conflict|offensive|operation|battle|clashes)\s+(?:(?:has|had|have)\s+(?:ended|come to an end|concluded|ceased|halted)|(?:is|was|are|were)\s+over|ended|came to an end|come to an end|concluded|ceased|halted)\b", Options)]
    private static partial Regex FightingEnded();

    [GeneratedRegex(@"\b(?:halted|ended|stopped|suspended|concluded|called off|completed)\s+(?:its|their|the|his)\s+(?:military\s+)?(?:offensive|operation|operations|campaign|assault|advance)\b|\b(?:military\s+(?:operation|offensive|campaign)|operation|offensive|campaign)\b[^.;!?]{0,60}?\b(?:was|had been|has been|is)\s+(?:now\s+)?(?:completed|complete|over|concluded)\b"
        // "the state of war between them had come to an end", "formally ending the armed conflict", "decided to end its armed campaign".
        + @"|\b(?:war|fighting|hostilities|conflict|campaign)\s+(?:between|against|with|on|in)\s+[^.;!?,]{1,40}?\s+(?:(?:has|had|have)\s+(?:ended|come to an end|been ended)|(?:is|was|were)\s+over|ended|came to an end)\b", Options)]
    private static partial Regex OperationsEnded();

    [GeneratedRegex(
        // "declared victory over the rebels", "declared that the group had lost the last of its territory": an end by declaration (never an election or a match won).
        @"\b(?:declared|declares|declaring|proclaimed|proclaims|announced|announces)\s+(?:(?:a|an|its|their|his|her|final|total|full|complete|military)\s+)*victory\s+(?:over|against|in)\b(?!\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:elections?|votes?|polls?|race|primar(?:y|ies)|referendum|ballot|match|final|game|tournament|league|cup|case|lawsuit|court|debate)\b)"
        + @"|\b(?:declared|announced|proclaimed)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}?(?:had|has|have)\s+lost\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:last|final|remaining)\s+(?:[\w-]+\s+){0,3}?(?:territory|ground|stronghold|enclave|pocket|bastion|foothold)\b"
        + @"|\b(?:formally|officially|finally)\s+end(?:ed|ing|s)?\s+(?:the|a|their|its)\s+(?:[\w-]+\s+){0,3}?(?:war|conflict|hostilities|insurgency|rebellion)\b"
        + @"|\b(?:decided|resolved|voted)\s+to\s+(?:[\w-]+\s+){0,4}?(?:end|abandon|halt)\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:struggle|campaign|insurgency|rebellion|war)\b"
        // A government declaring its enemy defeated declares the war over: "declared that the rebels had been defeated militarily".
        + @"|\b(?:declared|announced|proclaimed)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}?(?:had been|has been|have been|was|were)\s+(?:completely\s+|totally\s+|finally\s+|militarily\s+)?(?:defeated|crushed|vanquished)\b", Options)]
    private static partial Regex EndDeclared();

    // "agreed that hostilities should cease from Friday": a statement that the fighting must stop calls for a truce.
    [GeneratedRegex(@"\b(?:hostilities|fighting|attacks|violence|the (?:war|fighting|hostilities|violence|attacks))\s+(?:should|must)\s+(?:cease|stop|end|halt)\b", Options)]
    public static partial Regex MustStop();

    // Clash's words in nine groups of at most 16 leading words, matched as one alternation in this order (AlternationMatching): as one
    // pattern its matcher tried every letter that may start one of its sixty words; apart, each group's words are searched for together
    // (vectorised), and a group runs only where its own gate passes. The clashes that begin before the bound:
    // The one pattern's gate is asked first: a sentence without any clash word (most of them) is refused once, not by nine gates.
    public static List<(int Index, int Length)> Clashes(string sentence, int before) =>
        KeywordGate.For(Clash()).MayMatch(sentence) ? AlternationMatching.GatedSpans(sentence, 0, before, ClashOptions) : [];

    /// <summary>The patterns whose ordered alternation is the clash pattern.</summary>
    public static readonly Regex[] ClashOptions = [ClashCaptured(), ClashFired(), ClashFought(), ClashStruck(), ClashBombed(), ClashBattled(), ClashSalvoes(), ClashStormed(), ClashInvaded()];

    private const string CaptureWords = @"(?:captured|recaptured|retook|retaken|seized|overran|overrun)(?!\s+(?:power|the initiative|assets|documents|drugs|cash|property|land|the (?:moment|opportunity|chance)))|(?:took|taken|seized|gained) [“""]?(?:full\s+|complete\s+|total\s+)?control[”""]? of";

    private const string FireWords = @"launched (?:[\w,-]+\s+){0,4}?(?:drones|missiles|rockets|attacks?|strikes|offensive|assault|raids?)|firing (?:[\w-]+\s+){0,2}?(?:mortars|rockets|missiles|artillery|shells)|firing (?:on|at|into)|(?:artillery|gunfire|fire) exchanges?|push(?:ed)? (?:deep\s+)?into";

    private const string FightWords = @"fighting|fights|fought|clash(?:es|ed)?|shelling|shelled|(?:air|drone|missile|rocket|artillery)[\s-]?strikes?";

    private const string StrikeWords = @"strikes|struck(?!\s+(?:out|off)\b)|attacks?|attacked|attacking|offensive|assaults?|assaulted|incursions?|hostilities";

    private const string BombWords = @"exchange(?:d|s)? (?:of\s+)?(?:\w+\s+)?fire|bombardments?|bombard(?:ed|ing)|bombed|bombing|bombings|ambush(?:ed|es)?|raids?|raided";

    private const string BattleWords = @"battles?|battled|battling|skirmish(?:es)?|firefights?|gun-?battles?|gunfire";

    private const string SalvoWords = @"fired (?:[\w,-]+\s+){0,4}?(?:at|on|into|towards?)|(?:salvoes|salvos|volleys|barrages) of (?:rockets|missiles|shells|drones)|opened fire|shot down|downed|violence";

    private const string StormWords = @"stormed(?!\s+(?:out|off|away)\b)|storming(?!\s+(?:out|off|away)\b)|shoot-?outs?|sniper fire|(?:unprovoked|cross-border|artillery|mortar|small-arms|machine-gun|tank|enemy|indiscriminate)\s+(?:[\w-]+\s+)?fire\b(?!\s+(?:brigade|station|service|safety|alarm|exit|escape|drill|fighters?|engines?|trucks?))";

    private const string InvasionWords = @"(?:pounded|pounding)(?!\s+(?:the\s+)?(?:table|pavement|streets|doors?|drums?)\b)|(?:drove|driven)\s+(?:[\w'’-]+\s+){1,4}?out of|flare-ups?|invaded|invasion|war (?:broke out|erupted|began|resumed)|hit\s+(?:[\w'’-]+\s+){0,3}?(?:targets|positions|bases|posts|outposts|depots|airfields?|air ?bases?|barracks|convoys?|installations)|destroyed\s+(?:[\w'’-]+\s+){0,3}?(?:air[- ]defen[cs]e|radars?|missile launchers|launchers|tanks|aircraft|jets|drones|positions|bases|posts|outposts|bunkers|depots|artillery)";

    [GeneratedRegex(@"\b(?:" + CaptureWords + "|" + FireWords + "|" + FightWords + "|" + StrikeWords + "|" + BombWords + "|" + BattleWords + "|" + SalvoWords + "|" + StormWords + "|" + InvasionWords + @")\b", Options)]
    public static partial Regex Clash();

    [GeneratedRegex(@"\b(?:" + CaptureWords + @")\b", Options)]
    private static partial Regex ClashCaptured();

    [GeneratedRegex(@"\b(?:" + FireWords + @")\b", Options)]
    private static partial Regex ClashFired();

    [GeneratedRegex(@"\b(?:" + FightWords + @")\b", Options)]
    private static partial Regex ClashFought();

    [GeneratedRegex(@"\b(?:" + StrikeWords + @")\b", Options)]
    private static partial Regex ClashStruck();

    [GeneratedRegex(@"\b(?:" + BombWords + @")\b", Options)]
    private static partial Regex ClashBombed();

    [GeneratedRegex(@"\b(?:" + BattleWords + @")\b", Options)]
    private static partial Regex ClashBattled();

    [GeneratedRegex(@"\b(?:" + SalvoWords + @")\b", Options)]
    private static partial Regex ClashSalvoes();

    [GeneratedRegex(@"\b(?:" + StormWords + @")\b", Options)]
    private static partial Regex ClashStormed();

    [GeneratedRegex(@"\b(?:" + InvasionWords + @")\b", Options)]
    private static partial Regex ClashInvaded();

    // Captures told without "captured": a force that "entered the regional capital" or "took Kirkuk" (a place's name, never "took part", "took office" or "took Monday off").
    [GeneratedRegex(@"(?<=\b(?:[Ff]ighters|[Ff]orces|[Tt]roops|[Ss]oldiers|[Rr]ebels|[Aa]rmy|[Mm]ilitias?|[Mm]ilitiamen|[Uu]nits|[Ii]nsurgents|[Mm]ilitants|[Gg]uerrillas|[Pp]aratroopers)\s+(?:[\w'’()-]+\s+){0,8}?(?:had\s+|have\s+|has\s+)?)entered\s+(?:the\s+)?(?:(?:regional|provincial|state|district)\s+capital|(?:city|town)\s+of\s+\p{Lu})"
        + @"|\b(?:took|(?:has|have|had)\s+taken)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Ramadan|Office|Mass)\b)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?=\s*(?:[,.;]|$|(?:and|in|on|from|after|before|within|by|with)\b))")]
    public static partial Regex Capture();

    [GeneratedRegex(@"\b(?:(?<killed>killed|killing|kills|dead|deaths?|death toll|died|lost their lives|lost (?:his|her) life|perished|fatalities|casualties|loss(?:es)? of|lost(?=\s+(?:[\w,-]+\s+){1,2}?(?:of\s+(?:its\s+|their\s+)?(?:own\s+)?)?(?:men|soldiers|troops|fighters|servicemen|personnel|militants|rebels|officers)\b))|(?<injured>wounded|wounding|injured|injuring|injuries|hurt))\b", Options)]
    public static partial Regex Casualty();
}
