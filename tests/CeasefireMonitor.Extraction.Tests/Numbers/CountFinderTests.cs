using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Numbers;

namespace CeasefireMonitor.Extraction.Tests.Numbers;

public class CountFinderTests
{
    [Theory]
    [InlineData("49 soldiers", 49, CountQualifier.Exact)]
    [InlineData("30,000 people", 30000, CountQualifier.Exact)]
    [InlineData("forty-nine civilians", 49, CountQualifier.Exact)]
    [InlineData("a hundred people", 100, CountQualifier.Exact)]
    [InlineData("two dozen fighters", 24, CountQualifier.Exact)]
    [InlineData("nearly a hundred people", 100, CountQualifier.Nearly)]
    [InlineData("almost 50 people", 50, CountQualifier.Nearly)]
    [InlineData("at least 12 people", 12, CountQualifier.AtLeast)]
    [InlineData("more than 200 people", 200, CountQualifier.MoreThan)]
    [InlineData("over 1,000 people", 1000, CountQualifier.MoreThan)]
    [InlineData("about 600 people", 600, CountQualifier.About)]
    [InlineData("around 40 people", 40, CountQualifier.About)]
    [InlineData("an estimated 30,000 people", 30000, CountQualifier.About)]
    [InlineData("some 15 people", 15, CountQualifier.About)]
    [InlineData("up to 70 people", 70, CountQualifier.UpTo)]
    [InlineData("dozens of people", 24, CountQualifier.Dozens)]
    [InlineData("hundreds of people", 200, CountQualifier.Hundreds)]
    [InlineData("thousands of people", 2000, CountQualifier.Thousands)]
    [InlineData("tens of thousands of people", 20000, CountQualifier.TensOfThousands)]
    [InlineData("1.5 million people", 1500000, CountQualifier.Exact)]
    public void Find_CountPhrase_GivesValueAndQualifier(string phrase, int count, CountQualifier qualifier)
    {
        var found = CountFinder.Find($"Officials said {phrase} were affected.").First();
        Assert.Equal(new CasualtyFigure(count, qualifier), found.Figure);
    }

    [Fact]
    public void Find_CountWithAdjective_KeepsVictimNoun() =>
        Assert.Equal("soldiers", CountFinder.Find("It lost 49 Sudanese soldiers.").Single().Noun);

    [Theory]
    [InlineData("an F-16 jet")]
    [InlineData("the 20,241-kilometre border")]
    public void Find_DesignationsAndMeasures_AreNotCountsOfPeople(string sentence) =>
        Assert.DoesNotContain(CountFinder.Find(sentence), c => c.Noun is not null);
}
