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

    [Theory]
    [InlineData("ab|bc|c", "abc abd bcd", 0, 99)]
    [InlineData("ab|bc|c", "abc abd bcd", 1, 9)]
    [InlineData("a|ab", "ab ab", 2, 3)]
    [InlineData(@"(?<=a)b|\w+", "ab cab b", 1, 99)]
    [InlineData(@"\bx\w*|\w*y\b", "xay bxy yy x", 5, 11)]
    [InlineData(@"\d+|\d{2}-\w+|-", "12-hour 7-day --", 0, 14)]
    public void GatedSpans_Options_AreTheMatchesOfTheirAlternationFromStartBeforeBound(string options, string text, int startat, int before)
    {
        Regex[] patterns = [.. options.Split('|').Select(o => new Regex(o, RegexOptions.IgnoreCase))];
        Assert.Equal(Spans(Combined(patterns).Matches(text, startat), before), AlternationMatching.GatedSpans(text, startat, before, patterns));
    }

    [Fact]
    public void Figurative_EverySeedAndEvalText_EqualsTheOnePatternOfItsOptions()
    {
        var combined = Combined(Metaphors.FigurativeOptions);
        var (texts, matched) = (0, 0);
        foreach (var text in KeywordGateTests.Texts())
        {
            // From the start, and from a third of the way in up to two thirds, as a trigger's window asks.
            var expected = Spans(combined.Matches(text), int.MaxValue);
            Assert.Equal(expected, AlternationMatching.GatedSpans(text, 0, int.MaxValue, Metaphors.FigurativeOptions));
            Assert.Equal(Spans(combined.Matches(text, text.Length / 3), 2 * text.Length / 3), AlternationMatching.GatedSpans(text, text.Length / 3, 2 * text.Length / 3, Metaphors.FigurativeOptions));
            (texts, matched) = (texts + 1, matched + expected.Count);
        }
        Assert.True(texts > 1000);
        Assert.True(matched > 0);
    }

    [Theory]
    [InlineData("Both parties are locked in a price war over fuel, while rebels shelled the town.")]
    [InlineData("The derby clash of the season ended in a draw as troops clashed near the border.")]
    [InlineData("Ministers fought a battle with rising inflation; the general strike went on.")]
    [InlineData("The rebels waged a fierce struggle for recognition and fought an uphill battle with red tape before the mortar fire began.")]
    [InlineData("A hard-fought battle for the title and a clash of views in parliament preceded the shelling of the port.")]
    public void Figurative_MySentences_EqualsTheOnePatternOfItsOptions(string sentence) =>
        Assert.Equal(Spans(Combined(Metaphors.FigurativeOptions).Matches(sentence), int.MaxValue), AlternationMatching.GatedSpans(sentence, 0, int.MaxValue, Metaphors.FigurativeOptions));

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

    [Fact]
    public void Mediation_EverySeedAndEvalText_EqualsTheOnePatternOfItsOptions()
    {
        var combined = Combined(Vocabulary.MediationOptions);
        var (texts, matched) = (0, 0);
        foreach (var text in KeywordGateTests.Texts())
        {
            var expected = Spans(combined.Matches(text), int.MaxValue);
            Assert.Equal(expected, Vocabulary.Mediation(text));
            (texts, matched) = (texts + 1, matched + expected.Count);
        }
        Assert.True(texts > 1000);
        Assert.True(matched > 0);
    }

    [Theory]
    [InlineData("Oman offered to mediate, and its envoy shuttled between the two capitals.")]
    [InlineData("A Qatari-brokered deal held after Norway acted as a go-between and hosted the talks, then offered to help the two sides resume them.")]
    [InlineData("A Turkish-brokered truce held while Ankara kept working with both sides to restore the ceasefire.")]
    [InlineData("The council invited the army and the militia to fresh talks; Kenya would convene the two delegations.")]
    public void Mediation_MySentences_EqualsTheOnePatternOfItsOptions(string sentence) =>
        Assert.Equal(Spans(Combined(Vocabulary.MediationOptions).Matches(sentence), int.MaxValue), Vocabulary.Mediation(sentence));

    [Fact]
    public void TriggerOptions_EverySeedAndEvalText_EqualTheOnePatternOfTheirOptions()
    {
        var (call, clash, violation, end, passive) = (Combined(Vocabulary.CallOptions), Combined(Vocabulary.ClashOptions), Combined(Vocabulary.ViolationOptions), Combined(Vocabulary.HostilitiesEndOptions), Combined(Vocabulary.PassiveMediationOptions));
        var (texts, matched) = (0, 0);
        foreach (var text in KeywordGateTests.Texts())
        {
            Assert.Equal(Describe(call.Matches(text)), Describe(Vocabulary.Calls(text)));
            // The one clash pattern, which titles are still tested with, is the alternation of its options.
            var clashes = Spans(Vocabulary.Clash().Matches(text), int.MaxValue);
            Assert.Equal(Spans(clash.Matches(text), int.MaxValue), clashes);
            Assert.Equal(clashes, Vocabulary.Clashes(text, int.MaxValue));
            Assert.Equal(Spans(clash.Matches(text), text.Length / 2), Vocabulary.Clashes(text, text.Length / 2));
            Assert.Equal(Spans(violation.Matches(text), int.MaxValue), Vocabulary.Violation(text));
            Assert.Equal(Spans(end.Matches(text), int.MaxValue), Vocabulary.HostilitiesEnd(text));
            Assert.Equal(Spans(passive.Matches(text), int.MaxValue), Vocabulary.PassiveMediation(text));
            (texts, matched) = (texts + 1, matched + clashes.Count);
        }
        Assert.True(texts > 1000);
        Assert.True(matched > 0);
    }

    [Theory]
    [InlineData("The envoy urged both sides to halt the shelling, and Kenya called for calm after rebels stormed the depot.")]
    [InlineData("Rebels said they were ready to stop all strikes for a week, while the army hoped for a truce and fired rockets at the town.")]
    [InlineData("Each side accused the other of shelling; the ceasefire collapsed after the deal was breached, in violation of the 2019 truce.")]
    [InlineData("Troops drove the militia out of the valley and hit three bases as gun battles and a shoot-out flared near the border.")]
    [InlineData("The army halted its offensive and declared victory over the rebels; the war between the two states had come to an end.")]
    [InlineData("The minister said the operation was complete, after the militia decided to abandon its armed struggle and hostilities ceased.")]
    [InlineData("The truce, brokered by Egypt and negotiated through Qatar, followed talks led by the AU and a plan drafted by Norway.")]
    public void TriggerOptions_MySentences_EqualTheOnePatternOfTheirOptions(string sentence)
    {
        Assert.Equal(Describe(Combined(Vocabulary.CallOptions).Matches(sentence)), Describe(Vocabulary.Calls(sentence)));
        Assert.Equal(Spans(Combined(Vocabulary.ClashOptions).Matches(sentence), int.MaxValue), Vocabulary.Clashes(sentence, int.MaxValue));
        Assert.Equal(Spans(Combined(Vocabulary.ViolationOptions).Matches(sentence), int.MaxValue), Vocabulary.Violation(sentence));
        Assert.Equal(Spans(Combined(Vocabulary.HostilitiesEndOptions).Matches(sentence), int.MaxValue), Vocabulary.HostilitiesEnd(sentence));
        Assert.Equal(Spans(Combined(Vocabulary.PassiveMediationOptions).Matches(sentence), int.MaxValue), Vocabulary.PassiveMediation(sentence));
    }

    [Fact]
    public void Boundary_EverySeedAndEvalText_EqualsTheOnePatternOfItsOptions()
    {
        var combined = Combined(Clauses.BoundaryOptions);
        var (texts, matched) = (0, 0);
        foreach (var text in KeywordGateTests.Texts())
        {
            var expected = Spans(combined.Matches(text), int.MaxValue);
            Assert.Equal(expected, AlternationMatching.GatedSpans(text, 0, int.MaxValue, Clauses.BoundaryOptions));
            Assert.Equal(Spans(combined.Matches(text, text.Length / 2), int.MaxValue), AlternationMatching.GatedSpans(text, text.Length / 2, int.MaxValue, Clauses.BoundaryOptions));
            (texts, matched) = (texts + 1, matched + expected.Count);
        }
        Assert.True(texts > 1000);
        Assert.True(matched > 0);
    }

    [Theory]
    [InlineData("The army said - after a night of shelling - that the truce, which began on Monday, held; rebels told “reporters” otherwise.")]
    [InlineData("Although talks resumed, the militia claimed a raid, and according to witnesses the town (near the border) was calm.")]
    public void Boundary_MySentences_EqualsTheOnePatternOfItsOptions(string sentence) =>
        Assert.Equal(Spans(Combined(Clauses.BoundaryOptions).Matches(sentence), int.MaxValue), AlternationMatching.GatedSpans(sentence, 0, int.MaxValue, Clauses.BoundaryOptions));

    private static Regex Combined(Regex[] options) =>
        new(string.Join("|", options.Select(o => $"(?:{o})")), options[0].Options);

    private static List<(int Index, int Length)> Spans(MatchCollection matches, int before) =>
        [.. matches.TakeWhile(m => m.Index < before).Select(m => (m.Index, m.Length))];

    private static List<string> Describe(IEnumerable<Match> matches) =>
        [.. matches.Select(m => $"{m.Index}+{m.Length} gap={m.Groups["gap"].Success}:{m.Groups["gap"].Value} obj={m.Groups["obj"].Value} year={m.Groups["year"].Success}:{m.Groups["year"].Value}")];
}
