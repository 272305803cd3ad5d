using System.Text.RegularExpressions;

namespace CeasefireMonitor.Extraction.Actors;

/// <summary>The words around a name that make it a place, a supporter or a generic armed group.</summary>
internal static partial class ActorPatterns
{
    [GeneratedRegex(@"\b(?:in|at|near|outside|around|into|across|through|from|to|toward|towards|inside|within|of the (?:city|town|region) of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western|occupied|breakaway|disputed|contested|mountainous)\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex PlaceLead();

    // "the Saudi city of Jeddah" names a place, not a party.
    // "the Chinese border", "French energy group Total", "Chinese residents": a demonym of a place, a company or civilians names no party.
    [GeneratedRegex(@"^\s+(?:city|town|village|capital|port|resort|province|district|hospital|border|frontier|side of the border|territory|soil|airspace|embassy|consulate|nationals?|citizens?|residents?|civilians?|tourists?|pilgrims?|workers?|hostages?|journalists?|aid workers?|investors?|businesses|projects?|compan(?:y|ies)|firms?|(?:energy|oil|gas|mining|shipping|construction|state-owned|state)\s+(?:company|companies|firm|group|giant|major))\b", RegexOptions.IgnoreCase)]
    public static partial Regex PlaceNounTail();

    // "the Algiers accord", "the Minsk protocol": a capital naming an agreement or meeting is its venue, not a party.
    [GeneratedRegex(@"^\s+(?:(?:19|20)\d{2}\s+)?(?:peace\s+|ceasefire\s+|cease-fire\s+)?(?:agreements?|accords?|protocols?|declarations?|process|talks|summit|format|deal|conference|communiqu[eé]|memorandum|plan|II)\b", RegexOptions.IgnoreCase)]
    public static partial Regex VenueTail();

    // "signed in Rome", "talks held in Doha": the place a text was signed or a meeting held.
    [GeneratedRegex(@"\b(?:signed|sealed|agreed|reached|concluded|held|hosted|convened|met|meeting|meetings|talks|summit|conference|negotiations|negotiated|brokered|mediated)\s+(?:(?:last|this|next|on|in|at|early|late)\s+[\w-]+\s+)?(?:in|at)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex VenueLead();

    [GeneratedRegex(@"^(?:\s|-)(?:mediation|mediators?|envoys?|facilitation|diplomacy|good offices)\b", RegexOptions.IgnoreCase)]
    public static partial Regex GoBetweenTail();

    [GeneratedRegex(@"^(?:-|\s)(?:backed|supported|allied|aligned|sponsored|armed|funded|trained)\b", RegexOptions.IgnoreCase)]
    public static partial Regex SupporterTail();

    // "backed by several thousand Rwandan troops": a number between the verb and the name still makes it a supporter.
    [GeneratedRegex(@"\b(?:backed by|supported by|in support of|support from|help from|aid from|arms from|weapons from|backing from|allies?|ally|allied with|patron|backer|supplier|suppliers of)\s+(?:the\s+|its\s+|their\s+)?(?:(?:several|some|about|around|roughly|up to|more than|at least|thousands of|hundreds of|[\d,.]+|\w+ (?:thousand|hundred))\s+)*$", RegexOptions.IgnoreCase)]
    public static partial Regex SupporterLead();

    [GeneratedRegex(@"^[\s’'s-]*(?:separatists?|rebels?|insurgents?|militants?|militias?|secessionists?)\b(?!\s+(?:region|territory|enclave|area|province|state|republic|entity|movement's region))", RegexOptions.IgnoreCase)]
    public static partial Regex GroupTail();

    [GeneratedRegex(@"\b(?:separatists|rebels|insurgents|secessionists|separatist (?:leaders|forces|authorities|fighters|government|officials))\s+(?:in|of|from)\s+(?:the\s+)?(?:breakaway\s+|disputed\s+|contested\s+)?(?:region of\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex GroupLead();

    [GeneratedRegex(@"\b(?:the|ethnic\s+\w+|\w+)?\s*(?:separatists|separatist (?:leaders|forces|authorities|fighters|government|officials))\b", RegexOptions.IgnoreCase)]
    public static partial Regex LoneSeparatists();

    // "46,700 Palestinians have been killed": a people named as victims is no party to the fighting.
    [GeneratedRegex(@"^\s+(?:(?:soldiers?|troops|servicemen|civilians?|people|fighters|policemen|police officers?|nationals|citizens)\s+)?(?:have|has|had|were|was|are|is)\s+(?:been\s+)?(?:killed|wounded|injured|displaced|detained|kidnapped|abducted|evacuated)\b", RegexOptions.IgnoreCase)]
    public static partial Regex VictimTail();

    // "an air strike killed 34 Turkish soldiers": the people counted as the object of a killing are its victims.
    [GeneratedRegex(@"\b(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+(?:(?:at least|more than|nearly|almost|about|around|some|up to|over)\s+)?(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|scores of|hundreds of)\s+$"
        // "killed at least 14 people on the Thai side": the side that lost them is no more their killer.
        + @"|\b(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+[^.;!?]{0,40}?\bon\s+the\s+$", RegexOptions.IgnoreCase)]
    public static partial Regex VictimLead();

    // "anti-Houthi", "the anti-Islamic State coalition": the name is the enemy of what the phrase names.
    [GeneratedRegex(@"\banti-$", RegexOptions.IgnoreCase)]
    public static partial Regex AntiPrefix();

    [GeneratedRegex(@"\bpro-$", RegexOptions.IgnoreCase)]
    public static partial Regex ProPrefix();

    [GeneratedRegex(@"^\s*['’]s?\s+$")]
    public static partial Regex Possessive();

    [GeneratedRegex(@"\bpeacekeep\w*|\bblue helmets\b", RegexOptions.IgnoreCase)]
    public static partial Regex Peacekeepers();

    // A state whose forces act or who attacks is a party even in a sentence about peacekeepers ("Israeli troops fired on UNIFIL").
    [GeneratedRegex(@"^(?:['’]s)?\s+(?:army|armed forces|military|troops|forces|soldiers|jets|warplanes|aircraft|drones|artillery|tanks|fired|shelled|struck|attacked|bombed|shot|hit|opened fire|targeted|raided)\b", RegexOptions.IgnoreCase)]
    public static partial Regex ActingTail();
}
