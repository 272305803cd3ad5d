using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Actors;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Facts;

/// <summary>Where an event happened: a known region, a list of named towns, or "in/near" a capitalised place.</summary>
internal static partial class Locations
{
    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Parliament",
    };

    public static string? Find(string sentence, IReadOnlyList<SentenceActor> actors)
    {
        var region = actors.FirstOrDefault(a => a.Actor.Kind == ActorKind.Region);
        if (region is not null) return region.Actor.Name;
        var list = PlaceList().GatedMatch(sentence);
        if (list.Success) return list.Groups["p"].Value;
        foreach (Match m in NearPlace().GatedMatches(sentence))
        {
            var place = m.Groups["p"].Value;
            if (NotPlaces.Contains(place.Split(' ')[0])) continue;
            var named = actors.FirstOrDefault(a => a.Start <= m.Groups["p"].Index && m.Groups["p"].Index < a.End);
            if (named is not null && (named.Actor.Kind == ActorKind.Organisation || named.Form == MentionForm.Demonym)) continue;
            return place;
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:cities|towns|villages|settlements|areas|districts|localities)\b[^,.;]{0,40},\s*(?<p>\p{Lu}[\p{L}'’-]+(?:,\s*\p{Lu}[\p{L}'’-]+)*,?\s+and\s+\p{Lu}[\p{L}'’-]+)")]
    private static partial Regex PlaceList();

    [GeneratedRegex(@"\b(?:in|near|around|outside|at)\s+(?:the\s+)?(?:(?:town|city|village|region|province|district|state|area|port|capital)\s+of\s+)?(?<p>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})")]
    private static partial Regex NearPlace();
}
