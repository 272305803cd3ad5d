using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Dates;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Dates;

/// <summary>A gate may only skip a pattern that cannot match: every match, in my sentences and on every seed and eval page, passes its gate.</summary>
public class DateGatesTests
{
    private static readonly string[] Written =
    [
        "Clashes resumed on 3 March 2024 and again on March 5.", "Talks began in mid-September.", "On 01/10/2020 shelling hit the town.",
        "The 1990s war ended in a 1994 truce.", "Fighting raged for a fifth straight day on Sunday.", "Troops attacked on the 12th day of the siege.",
        "The ceasefire of 2020-11-10 held until Sept. 27, 2021.", "Rebels struck in Dec 2023, two days before talks.", "Fighting erupted on ٣ March.",
        "The envoy left, and THAT\u00a0evening the guns fell silent.", "Talks resumed three weeks \t later, after the 2010s lull.", "Monday after Monday, the same night raids came.",
        "The army withdrew the week\nbefore the vote and returned a month after it.", "Talks ended on the 3rd of\tMay, 2019 and resumed Sept.\u00a04; on 12/5/21 they broke down.", "Shelling stopped on the same day; that afternoon aid arrived.",
    ];

    public static TheoryData<string, string> Gated() => new()
    {
        { nameof(DatePatterns.Iso), "digit" }, { nameof(DatePatterns.Numeric), "digit" }, { nameof(DatePatterns.Year), "digit" }, { nameof(DatePatterns.Decade), "digit" },
        { nameof(DatePatterns.DayMonth), "digit month numbered" }, { nameof(DatePatterns.MonthDay), "digit month numbered" }, { nameof(DatePatterns.MonthYear), "digit month numbered" },
        { nameof(DatePatterns.Numeric), "numeric" },
        { nameof(DatePatterns.BareMonth), "month bare" }, { nameof(DatePatterns.NthDay), "day ordinal" }, { nameof(DatePatterns.Weekday), "day weekday" },
    };

    [Theory]
    [MemberData(nameof(Gated))]
    public void Gate_EveryMatchOfItsPattern_PassesTheGate(string pattern, string gates)
    {
        var regex = (Regex)typeof(DatePatterns).GetMethod(pattern)!.Invoke(null, null)!;
        var matches = Texts().SelectMany(t => regex.Matches(t).Select(m => m.Value)).ToList();
        Assert.NotEmpty(matches);
        foreach (var match in matches)
        {
            if (gates.Contains("digit", StringComparison.Ordinal)) Assert.True(DateGates.HasDigit(match), $"{pattern} matched '{match}' without a digit");
            if (gates.Contains("month", StringComparison.Ordinal)) Assert.True(DateGates.HasMonth(match), $"{pattern} matched '{match}' without a month");
            if (gates.Contains("day", StringComparison.Ordinal)) Assert.True(DateGates.HasDay(match), $"{pattern} matched '{match}' without 'day'");
            if (gates.Contains("bare", StringComparison.Ordinal)) Assert.True(DateGates.MayHoldBareMonth(match), $"{pattern} matched '{match}' without a bare month");
            if (gates.Contains("ordinal", StringComparison.Ordinal)) Assert.True(DateGates.MayCountADay(match, DateGates.HasDigit(match)), $"{pattern} matched '{match}' without an ordinal");
            if (gates.Contains("numbered", StringComparison.Ordinal)) Assert.True(DateGates.MayHoldNumberedMonth(match), $"{pattern} matched '{match}' without a number by its month");
            if (gates.Contains("numeric", StringComparison.Ordinal)) Assert.True(DateGates.MayHoldNumericDate(match), $"{pattern} matched '{match}' without digits around a separator");
            if (gates.Contains("weekday", StringComparison.Ordinal)) Assert.True(DateGates.HasWeekday(match), $"{pattern} matched '{match}' without a weekday");
        }
    }

    [Theory]
    [InlineData("Fighting resumed in March.", true)]
    [InlineData("Talks began in mid-June and the army left by early-in July.", true)]
    [InlineData("Clashes erupted on 12 March, and again on March 14.", false)]
    [InlineData("The Mayor met Marines.", false)]
    [InlineData("March was calm.", false)]
    public void MayHoldBareMonth_Sentence_NeedsAWordBeforeAndNoNumberAfter(string sentence, bool may) =>
        Assert.Equal(may, DateGates.MayHoldBareMonth(sentence));

    // The narrower gates pass every text their broader cue passes and in which the pattern matches.
    [Theory]
    [InlineData(typeof(BackReferences), "Pattern")]
    [InlineData(typeof(EventOffsets), "Offset")]
    public void NarrowGate_TextThePatternMatches_Passes(Type owner, string pattern)
    {
        var regex = (Regex)owner.GetMethod(pattern, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.Invoke(null, null)!;
        Func<string, bool> broad = owner == typeof(BackReferences) ? DateGates.MayReferBack : DateGates.MayCountFromEvent;
        Func<string, bool> narrow = owner == typeof(BackReferences) ? DateGates.MayReferBackToADay : DateGates.MayCountFromEventByUnits;
        var matched = Texts().SelectMany(t => t.Split('\n')).Append("They met, and that \u212Aind of talk ended two weeks\tlater.").Where(t => broad(t) && regex.IsMatch(t)).ToList();
        Assert.NotEmpty(matched);
        Assert.All(matched, t => Assert.True(narrow(t), t));
    }

    [Theory]
    [InlineData("Shelling hit the town overnight.", false, false, false)]
    [InlineData("Drones struck on ٣ March.", true, true, false)]
    [InlineData("On TUESDAY the army advanced in May.", false, true, true)]
    public void Gates_Sentence_SeeWhatThePatternsNeed(string sentence, bool digit, bool month, bool day)
    {
        Assert.Equal(digit, DateGates.HasDigit(sentence));
        Assert.Equal(month, DateGates.HasMonth(sentence));
        Assert.Equal(day, DateGates.HasDay(sentence));
    }

    // The vectorised cue searches answer exactly what string.Contains with OrdinalIgnoreCase answers, for any character in any place of a cue.
    [Theory]
    [InlineData("day")]
    [InlineData(" that | same | later| earlier")]
    [InlineData(" before | after ")]
    public void Cues_AnyCharacterInAnyPlace_AgreeWithContainsIgnoringCase(string cues)
    {
        var words = cues.Split('|');
        Func<string, bool> gate = cues switch { "day" => DateGates.HasDay, " before | after " => DateGates.MayCountFromEvent, _ => DateGates.MayReferBack };
        foreach (var word in words)
            for (var place = 0; place < word.Length; place++)
                for (var c = 0; c <= char.MaxValue; c++)
                {
                    var text = $"x{word[..place]}{(char)c}{word[(place + 1)..]}y";
                    Assert.True(words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)) == gate(text), $"'{text}' (U+{c:X4})");
                }
        Assert.False(gate("no cue here"));
    }

    private static IEnumerable<string> Texts()
    {
        var eval = Path.Combine(SeedArticles.RepositoryRoot(), "eval", "articles");
        return Written.Concat(SeedArticles.All.Select(a => a.Text)).Concat(Directory.EnumerateFiles(eval, "*.txt").Select(File.ReadAllText));
    }
}
