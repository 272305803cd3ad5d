using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class StatusRuleTests
{
    private const string Context = "Russian and Ukrainian forces clashed near Donetsk on Monday. ";

    [Theory]
    [InlineData("Russian forces violated the ceasefire on Tuesday.")]
    [InlineData("Ukraine accused Russia of breaching the truce on Tuesday.")]
    [InlineData("Monitors recorded ceasefire violations on Tuesday.")]
    [InlineData("Shelling continued on Tuesday despite the ceasefire.")]
    [InlineData("Ukraine accused Russia on Tuesday of violating a truce that took effect last week.")]
    [InlineData("Kyiv called Tuesday's shelling a breach of the agreement.")]
    [InlineData("Kyiv called Tuesday's shelling a breach of the truce.")]
    public void Extract_Breach_ReportsViolation(string sentence) =>
        Assert.Equal("2024-05-14", Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.CeasefireViolated)).Report.OccurredOn.ToString());

    [Fact]
    public void Extract_DeniedBreach_ReportsNoViolation() =>
        Assert.Empty(TestActors.Extract(Context + "Russia denied violating the truce.").OfType(EventType.CeasefireViolated));

    [Theory]
    [InlineData("The DPR fighters surrendered on Tuesday.", "Donetsk People's Republic")]
    [InlineData("The DPR laid down their arms on Tuesday.", "Donetsk People's Republic")]
    [InlineData("Donetsk separatists announced their surrender on Tuesday.", "Donetsk People's Republic")]
    [InlineData("Ukrainian troops in the town capitulated on Tuesday.", "Ukraine")]
    [InlineData("On Tuesday the Ukrainian garrison laid down its weapons and surrendered.", "Ukraine")]
    [InlineData("On Tuesday the DPR unit handed over its weapons to Ukrainian troops.", "Donetsk People's Republic")]
    public void Extract_Surrender_ReportsTheOneSurrendering(string sentence, string actor)
    {
        var fact = Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.SurrenderDeclared));
        Assert.Equal([actor], fact.Report.Actors);
        Assert.Equal(new ConflictSides("Russia", "Ukraine"), fact.Report.Sides);
    }

    [Theory]
    [InlineData("Russia demanded the surrender of Ukrainian troops.")]
    [InlineData("Ukraine refused to surrender.")]
    [InlineData("Kyiv promised leniency to DPR fighters who surrender and lay down their arms.")]
    [InlineData("Ukrainian commanders avoided the word surrender when the garrison left the plant.")]
    public void Extract_DemandedOrRefusedSurrender_ReportsNoSurrender(string sentence) =>
        Assert.Empty(TestActors.Extract(Context + sentence).OfType(EventType.SurrenderDeclared));

    [Theory]
    [InlineData("Russia declared the end of its military operation on Tuesday.")]
    [InlineData("Russia halted its offensive on Tuesday.")]
    [InlineData("The fighting ended on Tuesday, Ukrainian officials said.")]
    [InlineData("Russia said on Tuesday that its military operation in the region had been completed.")]
    public void Extract_End_ReportsHostilitiesEnded(string sentence) =>
        Assert.Equal("2024-05-14", Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.HostilitiesEnded)).Report.OccurredOn.ToString());

    [Fact]
    public void Extract_SurrenderAndUndatedEndTogether_ShareTheStatedDate()
    {
        var text = "Russian and Ukrainian forces clashed near Donetsk on Monday. The DPR declared their surrender. Russia confirmed the end of the operation. Wednesday marks the end of the fighting.";
        var facts = TestActors.Extract(text, new DateOnly(2024, 5, 16));
        Assert.Equal("2024-05-15", Assert.Single(facts.OfType(EventType.SurrenderDeclared)).Report.OccurredOn.ToString());
        Assert.All(facts.OfType(EventType.HostilitiesEnded), f => Assert.Equal("2024-05-15", f.Report.OccurredOn.ToString()));
    }

    [Theory]
    [InlineData("Russia said Tuesday marked the end of the war as most people had known it.")]
    [InlineData("Russia declared the end of its military operation on Tuesday, but the accord will not apply unless parliament approves it.")]
    [InlineData("Ukraine called the vote the end of the offensive, but only if the other side withdraws its troops.")]
    public void Extract_HedgedOrConditionalEnd_ReportsNoEnd(string sentence) =>
        Assert.Empty(TestActors.Extract(Context + sentence).OfType(EventType.HostilitiesEnded));

    [Fact]
    public void Extract_EndOfPastWar_IsBackground()
    {
        var fact = Assert.Single(TestActors.Extract(Context + "Ukraine says the border has been quiet since the end of the 2015 war.").OfType(EventType.HostilitiesEnded));
        Assert.Equal("2015", fact.Report.OccurredOn.ToString());
        Assert.True(fact.Report.IsBackground);
    }
}
