using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

/// <summary>A third party's stated commitment to bring the sides together, peace settlements, and cities that only hold a meeting.</summary>
public class OfferAndSettlementTests
{
    private const string Context = "Ethiopian forces and the TPLF clashed in Tigray on Monday. ";

    [Theory]
    [InlineData("Kenya said on Tuesday it would keep working with both sides.", "Kenya")]
    [InlineData("The African Union said on Tuesday that it would convene the parties in Addis Ababa.", "African Union")]
    [InlineData("Egypt said on Tuesday it will keep working with the government and the TPLF to make the truce hold.", "Egypt")]
    [InlineData("On Tuesday Kenya convened the two delegations for a second round.", "Kenya")]
    public void Extract_ThirdPartysCommitmentToBringTheSidesTogether_IsItsOffer(string sentence, string mediator)
    {
        var fact = Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.MediationOffered));
        Assert.Contains(mediator, fact.Report.Actors);
        Assert.Equal("2024-05-14", fact.Report.OccurredOn.ToString());
    }

    [Theory]
    [InlineData("Kenya said it would convene talks if both sides stopped shelling.")]
    [InlineData("Kenya could convene talks next month.")]
    [InlineData("Ethiopia asked Kenya to convene talks.")]
    [InlineData("Ethiopia asked the UN Security Council to convene an urgent meeting.")]
    public void Extract_ConditionedOrRequestedConvening_IsNoOffer(string sentence) =>
        Assert.Empty(TestActors.Extract(Context + sentence).OfType(EventType.MediationOffered));

    [Fact]
    public void Extract_SignedPeaceAgreement_EndsTheHostilitiesWithoutATruce()
    {
        var facts = TestActors.Extract(Context + "The government and the TPLF signed a peace agreement on Tuesday.");
        Assert.Equal("2024-05-14", Assert.Single(facts.OfType(EventType.HostilitiesEnded)).Report.OccurredOn.ToString());
        Assert.Empty(facts.OfType(EventType.CeasefireAgreed));
    }

    [Fact]
    public void Extract_BackgroundPeaceAccord_IsAnOldSettlementNotATruce()
    {
        var facts = TestActors.Extract(Context + "Both sides had signed the 2015 peace accord.");
        Assert.Equal("2015", Assert.Single(facts.OfType(EventType.HostilitiesEnded)).Report.OccurredOn.ToString());
        Assert.Empty(facts.OfType(EventType.CeasefireAgreed));
    }

    [Fact]
    public void Extract_SignedCeasefireAgreement_StaysATruce() =>
        Assert.Single(TestActors.Extract(Context + "The government and the TPLF signed a ceasefire agreement on Tuesday.").OfType(EventType.CeasefireAgreed));

    [Theory]
    [InlineData("The AU's Peace and Security Council, meeting in Nairobi on Tuesday, demanded a halt to the fighting.")]
    [InlineData("A day before the Nairobi talks, Ethiopian jets bombed Mekelle.")]
    [InlineData("The two sides agreed to a truce on Tuesday, the AU envoy told reporters after talks in the Kenyan capital.")]
    public void Extract_CityThatOnlyHoldsAMeeting_IsNoMediator(string sentence) =>
        Assert.DoesNotContain(TestActors.Extract(Context + sentence).OfType(EventType.MediationOffered), f => f.Report.Actors.Contains("Kenya"));

    [Theory]
    [InlineData("Addis Ababa has denied that its jets struck a market in Mekelle.")]
    [InlineData("The TPLF dismissed claims that its fighters had shelled the airport.")]
    public void Extract_ClauseADenialGoverns_ReportsNoClash(string sentence) =>
        Assert.DoesNotContain(TestActors.Extract(Context + sentence).OfType(EventType.ClashReported), c => c.Report.Evidence.Sentence == sentence);

    [Theory]
    [InlineData("Nurses in the camps said they were fighting a losing battle against cholera.")]
    [InlineData("Shopkeepers in Mekelle now face a long battle with insurers over their losses.")]
    public void Extract_BattleAgainstDiseaseOrInsurers_IsFigurative(string sentence) =>
        Assert.DoesNotContain(TestActors.Extract(Context + sentence).OfType(EventType.ClashReported), c => c.Report.Evidence.Sentence == sentence);
}
