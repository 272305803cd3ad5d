using System.Text.RegularExpressions;

namespace CeasefireMonitor.Extraction.Actors;

/// <summary>The words around a name that make it a place, a supporter or a generic armed group.</summary>
internal static partial class ActorPatterns
{
    [GeneratedRegex(@"\b(?:in|at|near|outside|around|into|across|through|from|to|toward|towards|inside|within|of the (?:city|town|region) of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western|occupied|breakaway|disputed|contested|mountainous)\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex PlaceLead();

    // "the Saudi city of Jeddah" names a place, not a party.
    [GeneratedRegex(@"^\s+(?:city|town|village|capital|port|resort|province|district|hospital)\b", RegexOptions.IgnoreCase)]
    public static partial Regex PlaceNounTail();

    // "the Algiers accord", "the Minsk protocol": a capital naming an agreement or meeting is its venue, not a party.
    [GeneratedRegex(@"^\s+(?:(?:19|20)\d{2}\s+)?(?:peace\s+|ceasefire\s+|cease-fire\s+)?(?:agreements?|accords?|protocols?|declarations?|process|talks|summit|format|deal|conference|communiqu[eé]|memorandum|plan|II)\b", RegexOptions.IgnoreCase)]
    public static partial Regex VenueTail();

    [GeneratedRegex(@"^(?:-|\s)(?:backed|supported|allied|aligned|sponsored|armed|funded|trained)\b", RegexOptions.IgnoreCase)]
    public static partial Regex SupporterTail();

    [GeneratedRegex(@"\b(?:backed by|supported by|in support of|support from|help from|aid from|arms from|weapons from|backing from|allies?|ally|allied with|patron|backer|supplier|suppliers of)\s+(?:the\s+|its\s+|their\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex SupporterLead();

    [GeneratedRegex(@"^[\s’'s-]*(?:separatists?|rebels?|insurgents?|militants?|militias?|secessionists?)\b(?!\s+(?:region|territory|enclave|area|province|state|republic|entity|movement's region))", RegexOptions.IgnoreCase)]
    public static partial Regex GroupTail();

    [GeneratedRegex(@"\b(?:separatists|rebels|insurgents|secessionists|separatist (?:leaders|forces|authorities|fighters|government|officials))\s+(?:in|of|from)\s+(?:the\s+)?(?:breakaway\s+|disputed\s+|contested\s+)?(?:region of\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex GroupLead();

    [GeneratedRegex(@"\b(?:the|ethnic\s+\w+|\w+)?\s*(?:separatists|separatist (?:leaders|forces|authorities|fighters|government|officials))\b", RegexOptions.IgnoreCase)]
    public static partial Regex LoneSeparatists();
}
