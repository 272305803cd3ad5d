using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Rules;

/// <summary>Figurative uses of fighting words ("war of words", "fighting corruption", "charm offensive").</summary>
internal static partial class Metaphors
{
    public static bool Matches(string sentence, Trigger trigger)
    {
        var from = Math.Max(0, trigger.Start - 30);
        var to = Math.Min(sentence.Length, trigger.End + 40);
        foreach (var (index, length) in AlternationMatching.GatedSpans(sentence, from, to, FigurativeOptions))
            if (index < trigger.End && index + length > trigger.Start) return true;
        return StruckADeal(sentence, trigger);
    }

    // "the leaders struck a deal", "a deal on arms that the two leaders struck": striking a bargain, a balance or a tone is no strike.
    private static bool StruckADeal(string sentence, Trigger trigger)
    {
        if (!sentence.AsSpan(trigger.Start, trigger.End - trigger.Start).StartsWith("struck", StringComparison.OrdinalIgnoreCase)) return false;
        var from = Math.Max(0, trigger.Start - 90);
        return StruckObject().GatedIsMatch(sentence.AsSpan(trigger.End, Math.Min(40, sentence.Length - trigger.End)))
            || DealStruck().GatedIsMatch(sentence.AsSpan(from, trigger.Start - from));
    }

    [GeneratedRegex(@"^\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:deal|agreement|bargain|compromise|balance|chord|note|tone|pact|accord|understanding)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex StruckObject();

    [GeneratedRegex(@"\b(?:deal|agreement|bargain|compromise|pact|accord|understanding)s?\b[^.;!?]{0,80}?\b(?:that|which)\s+(?:[\w'’-]+\s+){1,4}?(?:had\s+|have\s+|has\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DealStruck();

    // The options in nine patterns, matched as one alternation in this order (AlternationMatching): as one pattern its matcher was too
    // large for the JIT to optimise (Tier-0 "switched MinOpts"); as two, each leading with dozens of words, their matchers tried every
    // letter that may start one of them from the trigger to the sentence's end. Each option now leads with at most 16 words, which its
    // matcher searches for together (vectorised); an optional lead word is written as its own alternative ((?:A)?B = AB|B).
    public static readonly Regex[] FigurativeOptions = [WarsOfWordsAndTrade(), PoliticalWarsAndCauses(), FightsOverMarketsAndVotes(), StrugglesWithInstitutions(), SportsAndParliament(), FeudsAilmentsAndStrikes(), ClashesOfViewsAndCrises(), StrugglesForStanding(), ContestsForTitles()];

    private const string WarNouns = @"(?:wars?|battles?|offensive|fights?|attacks?|clash(?:es)?)";

    private const string ForStanding = @"(?:battles?|fights?|struggles?)\s+for\s+(?:(?:international|public|political|global|diplomatic|popular|its|their|the)\s+)*(?:legitimacy|recognition|credibility|relevance|hearts and minds|public opinion|public support)";

    private const string ForTitles = @"(?:battles?|fights?|clash(?:es)?)\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:series|title|trophy|cup|championship|pennant|medals?|league)";

    // Wars of words, and price, trade or media wars.
    [GeneratedRegex(@"\b(?:war of words|(?:price|trade|tariff|culture|turf|bidding|propaganda|information|media|legal)\s+" + WarNouns + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex WarsOfWordsAndTrade();

    // Political, legal or charm offensives; fights against what is no armed foe (corruption, diseases, fires, hunger).
    [GeneratedRegex(@"\b(?:(?:court|political|electoral|diplomatic|verbal|cyber|charm|PR|public relations|ratings)\s+" + WarNouns + @"|(?:fight(?:s|ing)?|battl(?:e|es|ing)|combat(?:ing)?)\s+(?:against\s+)?(?:corruption|poverty|inflation|crime|fires?|wildfires?|disease|covid\S*|cancer|cholera|malaria|measles|ebola|polio|famine|climate change|hunger|drugs|fraud|misinformation|disinformation|terror financing))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PoliticalWarsAndCauses();

    // Fights over market share, prices or the budget; races for votes, seats or a term; wars waged on inflation or time.
    [GeneratedRegex(@"\b(?:(?:fight\w*|battl\w*|wars?)\s+(?:(?:is|was|were|are)\s+)?(?:over|for|with|against)\s+(?:(?:their|its|his|her|the|falling|rising|high|low)\s+)*(?:market share|customers|shoppers|prices?|profits|contracts|subscribers|audiences|talent|(?:political|economic|financial|corporate) survival|oil prices|inflation|costs|debt|deficits?|unemployment|recession|the budget)|(?:battl(?:e|es|ing)|fight(?:s|ing)?|rac(?:e|es|ing)) (?:for|over) (?:votes|re-?election|(?:(?:parliamentary|cabinet|council)\s+)?(?:seats|posts|portfolios)|(?:a\s+)?(?:second|third|fourth|new)\s+term|the (?:presidency|leadership|nomination)|control of (?:the )?(?:party|parliament|senate|house)|ratings|market share)|(?:fought|fight(?:s|ing)?|wag(?:ed|es|ing))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:battles?|fights?|wars?)\s+(?:with|against|over|on)\s+(?:rising\s+|high\s+)?(?:inflation|prices|debt|deficits?|unemployment|recession|corruption|poverty|crime|diseases?|cholera|malaria|measles|ebola|polio|hunger|famine|(?:the\s+)?cold|floods?|time)\b)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FightsOverMarketsAndVotes();

    // Battles with insurers or red tape, fights to restore power or pay wages, uphill struggles.
    [GeneratedRegex(@"\b(?:(?:battles?|fights?|struggles?)\s+(?:with|against)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:insurers|insurance companies|banks|lenders|creditors|landlords|bureaucracy|red tape|regulators|tax authorities)\b|(?:fight(?:s|ing)?|fought|struggl(?:e|es|ed|ing)|battl(?:e|es|ed|ing))\s+to\s+(?:restore|keep|rebuild|repair|provide|pay|secure)\s+(?:[\w-]+\s+){0,3}?(?:electricity|power|water|supplies|services|salaries|wages|fuel|bread|food|heating|the economy|jobs)|uphill (?:battle|fight|struggle)s?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrugglesWithInstitutions();

    // Sports fixtures ("the derby clash of the season", "clashes at the World Cup") and fights in parliament.
    [GeneratedRegex(@"\b(?:(?:opening|final|semi-?final|quarter-?final|group|league|cup|title|derby|heavyweight|home|away)\s+clash(?:es)?\s+(?:of|in|at|with)\b|clash(?:es)?\s+(?:of|in|at)\s+the\s+(?:world cup|league|cup|championship|tournament|olympics)|(?:battle|fight|struggle)s? in (?:congress|parliament|the (?:senate|assembly|legislature|courts?)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SportsAndParliament();

    // Rows with a minister, ailments ("heart attack"), attack ads, and strikes by workers.
    [GeneratedRegex(@"\b(?:(?:battles?|feuds?|rows?|struggles?)\s+with\s+(?:(?:deputy|former|acting|then)\s+)?(?:(?:interior|defen[cs]e|foreign|finance|justice|economy|home|prime)\s+)?minister\b|battleground|heart attacks?|panic attacks?|attack ads?|strikes? (?:by|of) (?:workers|unions|teachers|doctors|nurses)|(?:general|labou?r|hunger|workers'?) strikes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FeudsAilmentsAndStrikes();

    // Clashes of views, verbal attacks on a decision, fights against a crisis.
    [GeneratedRegex(@"\b(?:clash(?:es|ed)? (?:of|over) (?:views|opinions|personalities|schedules)|verbal(?:ly)? attack\w*|attacked (?:the|his|her|their) (?:decision|policy|remarks|plan|comments|record)|(?:fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)|combat(?:s|ed|ing)?)\s+(?:against\s+)?(?:(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?|(?:economic|financial|fiscal|debt|currency|energy|fuel|housing|political|constitutional|humanitarian)\s+)crisis)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClashesOfViewsAndCrises();

    // Struggles for legitimacy, recognition or public support.
    [GeneratedRegex(@"\b(?:(?:fight(?:s|ing)?|fought|wag(?:ed|es|ing))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?" + ForStanding + "|" + ForStanding + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrugglesForStanding();

    // Contests for a title, a trophy or a series.
    [GeneratedRegex(@"\b(?:(?:hard-fought|tense|fierce|close|gruelling|grueling|thrilling)\s+" + ForTitles + "|" + ForTitles + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContestsForTitles();
}
