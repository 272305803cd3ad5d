using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Cleaning;

/// <summary>Recognises lines that belong to the web page rather than to the article.</summary>
internal static partial class JunkLines
{
    // Gated as spans: a few vectorised searches for these patterns' own words cost less than the shared scan of every gate's
    // words, which the line's sentences get again anyway (and less than one search for all their words together, measured).
    // The patterns anchored at the line's start are tried there alone, with no search of the whole line for their words or count of its tokens.
    public static bool IsJunk(string line)
    {
        var text = line.AsSpan();
        return SiteError().IsMatch(text) || NavigationLink().IsMatch(text) || Promotion().GatedIsMatch(text)
            || Caption().GatedIsMatch(CaptionWindow(text)) || Boilerplate().GatedIsMatch(text) || Dateline().IsMatch(text);
    }

    // The longest credit, "(Credit" and 120 characters and ")", before the closing spaces and full stop.
    private const int CaptionReach = 128;

    // A caption's credit ends the line but for spaces and one full stop, so it lies in the line's last characters; the pattern looks behind nothing.
    private static ReadOnlySpan<char> CaptionWindow(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd().Length;
        if (end > 0 && text[end - 1] == '.') end = text[..(end - 1)].TrimEnd().Length;
        return text[Math.Max(0, end - CaptionReach)..];
    }

    [GeneratedRegex(@"^\s*(?:PHP\s+)?(?:Warning|Notice|Fatal error|Deprecated|Parse error|Strict Standards)\s*:.{0,600}?\bon line\s+\d+", RegexOptions.IgnoreCase)]
    private static partial Regex SiteError();

    [GeneratedRegex(@"^\s*(?:Read Next|Read more|Read also|Also read|Related|Related articles?|Related stories|More on this|Recommended|See also|Watch|Listen)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex NavigationLink();

    [GeneratedRegex(@"\b(?:subscribe|newsletter|sign up for|join our\b.{0,80}\b(?:channel|group|community)|follow us on|download our app|support our journalism|click here)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Promotion();

    // Photo credits close captions, so a caption line ends with the agency or the photographer.
    [GeneratedRegex(@"(?:\((?:REUTERS|AFP|AP|EPA|Reuters|Getty|Getty Images|Anadolu|Xinhua|TASS|File|File photo)\)|\(Photo[^)]{0,120}\)|\(Image[^)]{0,120}\)|Getty Images|/\s?(?:AFP|Reuters|AP|EPA)|Photo:\s?[^.]{0,80}|\(Credit[^)]{0,120}\))\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"\b(?:share this (?:article|story)|share on (?:facebook|twitter|whatsapp)|we use cookies|accept (?:all )?cookies|cookie policy|all rights reserved|originally (?:published|appeared)\b.{0,120}\breprinted|reprinted with permission|copyright ©|©\s?\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    // A line holding only a weekday and/or a date is the page's dateline; anchored at both ends, it is tried at the line's start alone.
    [GeneratedRegex(@"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})?(?:\s*[|,-]?\s*\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?(?:\s*[A-Z]{2,4})?)?\s*$")]
    private static partial Regex Dateline();
}
