using System.Reflection;
using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Actors;
using CeasefireMonitor.Extraction.Patterns;
using CeasefireMonitor.Extraction.Rules;
using CeasefireMonitor.Extraction.Segmentation;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Patterns;

/// <summary>A gate may only skip a pattern that cannot match: every match of every pattern of the extractor, in my sentences and on every seed and eval page, passes its gate.</summary>
public class KeywordGateTests
{
    private static readonly string[] Written =
    [
        "Rebels laid down their arms on Friday and 200 fighters gave themselves up.", "The army surrendered; the militia capitulated.",
        "Government forces shelled the town, killing at least 12 civilians, and drone strikes hit the port.",
        "Both sides agreed to a humanitarian pause and signed a 72-hour truce brokered by Qatar.", "The ceasefire took effect at midnight.",
        "The UN called on the parties to refrain from further provocations and urged restraint.", "Qatar offered to mediate.",
        "Separatists in the breakaway region attacked; the separatists said they would not stop.", "Fighting broke out across the \u212Aashmir valley.",
        "\"We will never surrender,\" he said.", "The war of words continued as a price war raged.", "Overnight, the FORCES OPENED FIRE.",
        "Talks mediated by Egypt ended with a truce, according to officials.", "The offensive was completed, the ministry said.",
    ];

    public static TheoryData<string> Patterns() => [.. AllPatterns().Keys];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Gate_EveryMatchOfItsPattern_PassesTheGate(string name)
    {
        var regex = AllPatterns()[name];
        var gate = KeywordGate.For(regex);
        foreach (var text in Texts())
            foreach (Match m in regex.Matches(text))
                Assert.True(gate.MayMatch(m.Value), $"{name} matched '{m.Value}' without any of {string.Join(", ", gate.Literals ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Gate_TextHoldingAMatch_PassesTheTextAndTheMatchInsideIt(string name)
    {
        var regex = AllPatterns()[name];
        var gate = KeywordGate.For(regex);
        foreach (var text in Texts())
            foreach (Match m in regex.Matches(text))
            {
                // The whole text is scanned first, so the span of the match is answered from that shared scan.
                Assert.True(gate.MayMatch(text), $"{name} matched '{m.Value}' in a text its gate refused");
                Assert.True(gate.MayMatch(text.AsSpan(m.Index, m.Length)), $"{name} matched '{m.Value}' but its span was refused");
            }
    }

    [Fact]
    public void MayMatch_PartOfTheScannedText_IsAnsweredForThePartAlone()
    {
        var regex = new Regex(@"\bshell(?:ing|ed)\b", RegexOptions.IgnoreCase);
        var text = "Talks resumed in Doha while shelling went on.";
        var gate = KeywordGate.For(regex);
        Assert.True(gate.MayMatch(text));
        Assert.False(gate.MayMatch(text.AsSpan(0, 20)));
        Assert.True(gate.MayMatch(text.AsSpan(20)));
    }

    [Theory]
    [InlineData(0, 14, false)]
    [InlineData(16, 17, true)]
    public void MayMatch_PartOfTheScannedTextForACaseSensitivePattern_SeesTheCase(int start, int length, bool expected)
    {
        // The scan marks "truce" in either case; the pattern wants "Truce", which the first part does not hold.
        var gate = KeywordGate.For(new Regex("Truce|Ceasefire"));
        const string Text = "the truce held; the Ceasefire too";
        Assert.True(gate.MayMatch(Text));
        Assert.Equal(expected, gate.MayMatch(Text.AsSpan(start, length)));
    }

    [Fact]
    public void MayMatch_TextAskedAgainAfterAnother_IsAnsweredAsTheFirstTime()
    {
        var shelling = KeywordGate.For(new Regex(@"\bshell(?:ing|ed)\b", RegexOptions.IgnoreCase));
        var talks = KeywordGate.For(new Regex(@"\btalks\b", RegexOptions.IgnoreCase));
        var first = "Shelling went on overnight near the river.";
        var second = "The talks resumed in Doha on Monday.";
        // The second round answers from the marks remembered for each text instead of scanning them again.
        for (var round = 0; round < 2; round++)
        {
            Assert.True(shelling.MayMatch(first));
            Assert.False(talks.MayMatch(first));
            Assert.False(shelling.MayMatch(second));
            Assert.True(talks.MayMatch(second));
            Assert.False(talks.MayMatch(second.AsSpan(20)));
        }
    }

    [Fact]
    public void Gates_TheTriggerAndGroupPatterns_HaveLiterals()
    {
        foreach (var regex in new[] { Vocabulary.Clash(), Vocabulary.Surrender(), Vocabulary.Casualty(), ActorPatterns.LoneSeparatists() }.Concat(Vocabulary.CallOptions).Concat(Vocabulary.ClashOptions).Concat(Vocabulary.ViolationOptions).Concat(Vocabulary.AgreementOptions).Concat(Vocabulary.MediationOptions).Concat(Vocabulary.HostilitiesEndOptions).Concat(Vocabulary.PassiveMediationOptions))
            Assert.NotNull(KeywordGate.For(regex).Literals);
    }

    [Theory]
    [InlineData(@"\b(?:surrender(?:ed|s)|capitulat(?:ed|es|ion))\b", "surrender|capitulat")]
    [InlineData(@"(?:their|its) surrender|la(?:id|ys) down (?:their\s+)?(?:arms|weapons)", " surrender| down ")]
    [InlineData(@"(?<!\b(?:who|that)\s+)\b(?:surrender(?:ing)?|lay down)\b", "surrender|lay down")]
    [InlineData(@"(?:a|b)?c[/.]d", "c/d|c.d")]
    [InlineData(@"truce(?=\s+talks)", "truce")]
    [InlineData(@"(?<y>\d{4})\s+(?:cease-?fire|truce)", "ceasefire|cease-fire|truce")]
    public void Literals_Pattern_AreWhatEveryMatchHolds(string pattern, string expected)
    {
        var literals = RequiredLiterals.Of(PatternParser.Parse(pattern));
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), literals!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("The two sides signed a truce on Sunday.", true)]
    [InlineData("The truce collapsed within hours.", false)]
    [InlineData("Both governments signed a trade deal.", false)]
    [InlineData("A ceasefire took effect at dawn.", true)]
    [InlineData("The offensive took the town.", false)]
    public void MayMatch_PatternNeedingTwoWordsTogether_RefusesATextWithOnlyOne(string text, bool expected)
    {
        var regex = new Regex(@"\b(?:signed|agreed)\b[^.]{0,40}?\b(?:truce|ceasefire)\b|\b(?:truce|ceasefire)\s+took\s+effect\b", RegexOptions.IgnoreCase);
        Assert.Equal(expected, KeywordGate.For(regex).MayMatch(text));
        Assert.Equal(expected, regex.IsMatch(text));
    }

    [Fact]
    public void Clauses_Sequence_NeedsEachOfItsWordChoices()
    {
        var clauses = RequiredLiterals.Clauses(PatternParser.Parse(@"\b(?:signs?|agreed)\b.{0,9}\b(?:truce|ceasefire)\b|\bstop\b"))!;
        var sets = clauses.Select(clause => string.Join(" & ", clause.Select(set => string.Join("|", set.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal))).ToList();
        Assert.Equal(["stop", "agreed|sign & ceasefire|truce"], sets);
    }

    [Theory]
    [InlineData(@"\w+")]
    [InlineData(@"(?:abc|)")]
    [InlineData(@"x*y?")]
    [InlineData(@"[^abc]+")]
    public void Literals_PatternThatNeedsNoLiteral_AreNone(string pattern) =>
        Assert.Null(RequiredLiterals.Of(PatternParser.Parse(pattern)));

    [Theory]
    [InlineData(@"(?i)abc")]
    [InlineData(@"a\u0041")]
    [InlineData(@"[a-z-[aeiou]]")]
    public void Parse_ConstructItDoesNotRead_Throws(string pattern) =>
        Assert.Throws<NotSupportedException>(() => PatternParser.Parse(pattern));

    [Theory]
    [InlineData("Shelling hit the town.", true)]
    [InlineData("The talks resumed in Doha.", false)]
    [InlineData("SHELLING resumed.", true)]
    [InlineData("\u212Aeep shelling", true)]
    public void MayMatch_CaseInsensitivePattern_SeesEitherCase(string text, bool expected)
    {
        var regex = new Regex(@"\bshell(?:ing|ed)\b|\bkeep\b", RegexOptions.IgnoreCase);
        Assert.Equal(expected, KeywordGate.For(regex).MayMatch(text));
        if (!expected) Assert.DoesNotMatch(regex, text);
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void GatedEnumerateMatches_EveryText_GivesThePatternsMatches(string name)
    {
        var regex = AllPatterns()[name];
        foreach (var text in Texts())
        {
            var spans = new List<(int, int)>();
            foreach (var m in regex.GatedEnumerateMatches(text)) spans.Add((m.Index, m.Length));
            Assert.Equal(regex.Matches(text).Select(m => (m.Index, m.Length)), spans);
        }
    }

    [Fact]
    public void MayMatch_KelvinSignForK_PassesBecauseThePatternMatchesIt()
    {
        var regex = new Regex("kill", RegexOptions.IgnoreCase);
        Assert.Matches(regex, "\u212Aill");
        Assert.True(KeywordGate.For(regex).MayMatch("\u212Aill"));
    }

    // Above its limits the JIT leaves a method unoptimised ("switched MinOpts"); for these matchers the limit reached is 2,000 basic blocks:
    // Mediation's had 2,042 (32,526 bytes of IL) and stayed unoptimised, Agreement's part with 1,924 (33,402 bytes) was optimised.
    // A pattern that grows past the bound is split and matched as one alternation (AlternationMatching).
    [Fact]
    public void Patterns_GeneratedMatchers_StaySmallEnoughForTheJitToOptimise()
    {
        const int MaxBasicBlocks = 1_950;
        var shapes = AllPatterns().ToDictionary(p => p.Key, p => Matcher(p.Value) is { } m ? IlShape.Of(m) : null);
        Assert.True(shapes.Values.Max(s => s?.BasicBlocks ?? 0) > 1_000, "the generated matchers were not found");
        Assert.All(shapes, s => Assert.True(s.Value is null || s.Value.BasicBlocks <= MaxBasicBlocks, $"{s.Key}'s matcher has {s.Value}"));
    }

    [Fact]
    public void IlShape_MethodWithABranch_CountsItsBlocks()
    {
        var shape = IlShape.Of(typeof(KeywordGateTests).GetMethod(nameof(Branching), BindingFlags.NonPublic | BindingFlags.Static)!);
        Assert.InRange(shape.BasicBlocks, 3, 4);
        Assert.True(shape.Instructions > 4);
    }

    private static int Branching(int x) => x > 2 ? x * 3 : x - 1;

    private static MethodInfo? Matcher(Regex regex)
    {
        var runner = regex.GetType().GetNestedType("RunnerFactory", BindingFlags.NonPublic)?.GetNestedType("Runner", BindingFlags.NonPublic);
        return runner?.GetMethod("TryMatchAtCurrentPosition", BindingFlags.Instance | BindingFlags.NonPublic);
    }

    private static Dictionary<string, Regex> AllPatterns() =>
        typeof(ArticleExtractor).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .ToDictionary(m => $"{m.DeclaringType!.Name}.{m.Name}", m => (Regex)m.Invoke(null, null)!);

    // Whole pages, their lines and their sentences, as the extractor cuts them (anchored patterns match differently in each).
    internal static IEnumerable<string> Texts()
    {
        var eval = Path.Combine(SeedArticles.RepositoryRoot(), "eval", "articles");
        foreach (var page in Written.Concat(SeedArticles.All.Select(a => a.Text)).Concat(Directory.EnumerateFiles(eval, "*.txt").Select(File.ReadAllText)))
        {
            yield return page;
            foreach (var line in page.Split('\n'))
            {
                yield return line;
                foreach (var (start, length) in SentenceSplitter.Split(line, 0, line.Length)) yield return line.Substring(start, length);
            }
        }
    }
}
