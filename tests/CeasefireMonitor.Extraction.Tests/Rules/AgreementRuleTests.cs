using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class AgreementRuleTests
{
    private const string Context = "Israeli troops and Hamas fighters clashed in Gaza on Monday. ";

    [Theory]
    [InlineData("Israel and Hamas agreed to a ceasefire on Tuesday.")]
    [InlineData("The two sides reached a ceasefire deal on Tuesday.")]
    [InlineData("The parties accepted a humanitarian pause on Tuesday.")]
    [InlineData("A ceasefire took effect on Tuesday morning.")]
    [InlineData("The truce came into force on Tuesday.")]
    [InlineData("Israel and Hamas announced a ceasefire on Tuesday.")]
    [InlineData("Israel approved a deal with Hamas on Tuesday for a four-day pause in fighting.")]
    [InlineData("Israel and Hamas agreed on Tuesday to halt all attacks on civilian areas.")]
    [InlineData("Israel and Hamas signed an accord on a lasting and complete ceasefire on Tuesday.")]
    [InlineData("Israel and Hamas committed on Tuesday to a permanent truce.")]
    [InlineData("A 48-hour truce that began on Tuesday held through the night.")]
    [InlineData("Israel and Hamas accepted the envoy's proposal for a 12-hour pause on Tuesday.")]
    public void Extract_PartiesAgree_ReportsAgreement(string sentence)
    {
        var fact = Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.CeasefireAgreed));
        Assert.Equal("2024-05-14", fact.Report.OccurredOn.ToString());
        Assert.Equal(new ConflictSides("Hamas", "Israel"), fact.Report.Sides);
        Assert.False(fact.Report.IsBackground);
    }

    [Theory]
    [InlineData("The 2014 war ended in a fragile ceasefire.", "2014")]
    [InlineData("Israel and Hamas have observed the 2021 truce only loosely.", "2021")]
    [InlineData("Under the terms of the 2021 ceasefire agreement, crossings were reopened.", "2021")]
    public void Extract_DatedPastAgreement_IsBackgroundAtYearPrecision(string sentence, string year)
    {
        var fact = Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.CeasefireAgreed));
        Assert.Equal(year, fact.Report.OccurredOn.ToString());
        Assert.True(fact.Report.IsBackground);
    }

    [Theory]
    [InlineData("Egypt and Qatar agreed to press Israel and Hamas to enter into a ceasefire.")]
    [InlineData("Egypt and Qatar agreed upon the need for efforts towards a truce.")]
    [InlineData("Hamas did not agree to a ceasefire.")]
    [InlineData("No ceasefire has been agreed so far.")]
    [InlineData("Israel would agree to a truce only if hostages are freed.")]
    [InlineData("Hamas may accept a truce next week.")]
    [InlineData("Israel hopes to reach a ceasefire deal.")]
    [InlineData("Israel and Egypt agreed to take measures to reopen the crossing.")]
    [InlineData("Israel and Egypt signed a gas deal on Tuesday.")]
    [InlineData("Hamas called for a ceasefire agreement.")]
    [InlineData("The accords signed on Tuesday are not a truce.")]
    [InlineData("The ceasefire is set to take effect on Saturday.")]
    [InlineData("Qatar announced a truce on Tuesday, but Hamas said it had never agreed to any pause.")]
    [InlineData("The truce brokered in March lapsed after Israel and Hamas failed to agree on an extension.")]
    public void Extract_NotAnAgreementOfTheParties_ReportsNoAgreement(string sentence) =>
        Assert.Empty(TestActors.Extract(Context + sentence).OfType(EventType.CeasefireAgreed));

    [Fact]
    public void Extract_AccusationOfBreakingADatedTruce_IsNoAgreement() =>
        Assert.DoesNotContain(TestActors.Extract(Context + "Hamas accused Israel of repeatedly breaking the 2021 truce.").OfType(EventType.CeasefireAgreed), f => f.Report.OccurredOn.ToString() == "2021");

    [Fact]
    public void Extract_AgreementDatedByAYearBeforeAComma_TakesThatYear()
    {
        var fact = Assert.Single(TestActors.Extract(Context + "The last time Israel and Hamas agreed to a truce was in 2021, after eleven days of war.").OfType(EventType.CeasefireAgreed));
        Assert.Equal("2021", fact.Report.OccurredOn.ToString());
    }
}
