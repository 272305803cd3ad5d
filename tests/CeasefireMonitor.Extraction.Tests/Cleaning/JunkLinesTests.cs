using System.Reflection;
using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Cleaning;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Cleaning;

/// <summary>Every line a junk pattern matches is junk, though the anchored patterns are tried at the line's start alone and the caption at its end.</summary>
public class JunkLinesTests
{
    private static readonly string[] Written =
    [
        "Wednesday, September 30, 2024 | 10:30 PM EST", "Monday 12 March 2024 - 09:15 am GMT", "Sun. 3 May", "  Friday,  \t 01/02/2023  ", "Sept. 4, 2021 , 7:05 PM CEST",
    ];

    [Fact]
    public void Dateline_EveryLineItMatches_IsJunk()
    {
        var dateline = (Regex)typeof(JunkLines).GetMethod("Dateline", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!;
        var lines = SeedArticles.LinesWith(Written).Where(l => dateline.IsMatch(l)).ToList();
        Assert.True(lines.Count >= 4, $"{lines.Count} datelines");
        Assert.All(lines.Where(l => l.Trim().Length > 0), l => Assert.True(JunkLines.IsJunk(l), l));
    }

    private static readonly string[] Captions =
    [
        "Residents inspect a building hit overnight in the eastern district, where the shelling was heaviest this week, as rescuers search the rubble for survivors (Photo: Jane Doe for the agency)  .  ",
        "A long line of displaced families waits at the crossing, many of them for days and with nothing but what they could carry, in the rain / AFP",
        "PHP Warning: undefined index in /var/www/page.php on line 12", "Read more: the talks in full", "  Related stories:", "Soldiers patrol the ruins. (REUTERS)",
    ];

    // The start-anchored patterns are tried at the start alone and the caption in the line's last characters: the answer is the whole line's.
    [Fact]
    public void IsJunk_AnyLine_IsWhetherAPatternMatchesTheWholeLine()
    {
        var patterns = new[] { "SiteError", "NavigationLink", "Promotion", "Caption", "Boilerplate" }
            .Select(n => (Regex)typeof(JunkLines).GetMethod(n, BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!).ToList();
        var lines = SeedArticles.LinesWith(Captions).ToList();
        var junk = lines.Where(l => patterns.Any(p => p.IsMatch(l))).ToList();
        Assert.True(junk.Count >= Captions.Length, $"{junk.Count} junk lines");
        Assert.All(junk, l => Assert.True(JunkLines.IsJunk(l), l));
    }
}
