using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class CallAndMediationDatingTests
{
    // Published on Thursday 2024-05-16; the lead's Tuesday is the news day.
    private const string Lead = "Ethiopian forces and the TPLF clashed in Tigray on Tuesday, officials said.\n\n";

    [Fact]
    public void Extract_PresentTenseOnlyInsideAQuote_DatesTheOfferOnTheNewsDay()
    {
        var text = Lead + "\"A deal has not been reached yet,\" the Kenyan envoy said, adding that he would continue to work with the two sides.";
        var offer = Assert.Single(TestActors.Extract(text).OfType(EventType.MediationOffered));
        Assert.Equal("2024-05-14", offer.Report.OccurredOn.ToString());
    }

    [Fact]
    public void Extract_PresentTenseOutsideQuotes_DatesTheOfferAtPublication()
    {
        var text = Lead + "Kenya says it will continue to work with the parties.";
        var offer = Assert.Single(TestActors.Extract(text).OfType(EventType.MediationOffered));
        Assert.Equal("2024-05-16", offer.Report.OccurredOn.ToString());
    }

    [Theory]
    [InlineData("The truce was brokered by Egypt, officials in Cairo said.")]
    [InlineData("Egypt, which brokered the deal, called on both sides to respect it.")]
    public void Extract_UndatedBrokerOfTheTruce_TakesTheDayOfTheAgreement(string broker)
    {
        var text = "Calm returned to Tigray on Wednesday, residents said.\n\nEthiopia and the TPLF agreed to a ceasefire on Monday after a week of fighting.\n\n" + broker;
        var offer = Assert.Single(TestActors.Extract(text).OfType(EventType.MediationOffered));
        Assert.Equal("2024-05-13", offer.Report.OccurredOn.ToString());
    }

    [Fact]
    public void Extract_UndatedMediationThatBrokersNoTruce_KeepsItsOwnDay()
    {
        var text = "Ethiopia and the TPLF agreed to a ceasefire on Monday after a week of fighting in Tigray.\n\nKenya says it will continue to work with the parties.";
        Assert.Equal("2024-05-16", Assert.Single(TestActors.Extract(text).OfType(EventType.MediationOffered)).Report.OccurredOn.ToString());
    }

    [Fact]
    public void Extract_UndatedCallAfterAnotherCallersDay_TakesTheNewsDay()
    {
        var text = Lead + "Kenya spoke to both armies on Monday, calling for calm. Egypt pressed both sides to exercise restraint.";
        var calls = TestActors.Extract(text).OfType(EventType.CeasefireCalled);
        Assert.Equal("2024-05-13", Assert.Single(calls, c => c.Report.Actors.Contains("Kenya")).Report.OccurredOn.ToString());
        Assert.Equal("2024-05-14", Assert.Single(calls, c => c.Report.Actors.Contains("Egypt")).Report.OccurredOn.ToString());
    }

    [Fact]
    public void Extract_UndatedCallAfterTheSameCallersDay_KeepsThatDay()
    {
        var text = Lead + "Kenya spoke to both armies on Monday, calling for calm. Kenya also pressed both sides to exercise restraint.";
        Assert.All(TestActors.Extract(text).OfType(EventType.CeasefireCalled), c => Assert.Equal("2024-05-13", c.Report.OccurredOn.ToString()));
    }

    [Fact]
    public void Extract_EffortAfterAPreviousEvening_TakesThatEvening()
    {
        var text = Lead + "The TPLF walked out of the talks on Thursday without signing the text that Ethiopia's envoy had initialled the previous evening, undercutting an Egyptian effort to end the war.";
        var offer = Assert.Single(TestActors.Extract(text).OfType(EventType.MediationOffered));
        Assert.Equal("2024-05-15", offer.Report.OccurredOn.ToString());
    }
}
