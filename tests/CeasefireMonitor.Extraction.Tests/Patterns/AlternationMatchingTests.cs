using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Patterns;
using CeasefireMonitor.Extraction.Rules;

namespace CeasefireMonitor.Extraction.Tests.Patterns;

/// <summary>Patterns matched as one ordered alternation give exactly the matches of the alternation written as one pattern.</summary>
public class AlternationMatchingTests
{
    [Theory]
    [InlineData("ab|bc|c", "abc abd bcd")]
    [InlineData("a|ab", "ab ab")]
    [InlineData("ab|a", "ab ab")]
    [InlineData(@"(?<=a)b|\w+", "ab cab b")]
    [InlineData(@"\bx\w*|\w*y\b", "xay bxy yy x")]
    [InlineData(@"\d+|\d{2}-\w+|-", "12-hour 7-day --")]
    public void GatedMatches_Options_AreTheMatchesOfTheirAlternation(string options, string text)
    {
        Regex[] patterns = [.. options.Split('|').Select(o => new Regex(o, RegexOptions.IgnoreCase))];
        Assert.Equal(Describe(Combined(patterns).Matches(text)), Describe(AlternationMatching.GatedMatches(text, patterns)));
    }

    [Fact]
    public void Agreement_EverySeedAndEvalText_EqualsTheOnePatternOfItsOptions()
    {
        var combined = Combined(Vocabulary.AgreementOptions);
        var texts = 0;
        foreach (var text in KeywordGateTests.Texts())
        {
            Assert.Equal(Describe(combined.Matches(text)), Describe(Vocabulary.Agreement(text)));
            texts++;
        }
        Assert.True(texts > 1000);
    }

    [Theory]
    [InlineData("The two sides signed a 72-hour truce on Sunday.")]
    [InlineData("A 72-hour pause that both armies signed on Friday held.")]
    [InlineData("The war ended in a fragile truce; the 2015 ceasefire had collapsed.")]
    [InlineData("The truce that was signed in Doha took effect at dawn, and the two sides agreed to stop shelling.")]
    public void Agreement_MySentences_EqualsTheOnePatternOfItsOptions(string sentence) =>
        Assert.Equal(Describe(Combined(Vocabulary.AgreementOptions).Matches(sentence)), Describe(Vocabulary.Agreement(sentence)));

    private static Regex Combined(Regex[] options) =>
        new(string.Join("|", options.Select(o => $"(?:{o})")), options[0].Options);

    private static List<string> Describe(IEnumerable<Match> matches) =>
        [.. matches.Select(m => $"{m.Index}+{m.Length} gap={m.Groups["gap"].Success}:{m.Groups["gap"].Value} obj={m.Groups["obj"].Value} year={m.Groups["year"].Success}:{m.Groups["year"].Value}")];
}
