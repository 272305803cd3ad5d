using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class ThirdPartyTests
{
    private const string Fighting = "Sudanese troops clashed with the RSF near Omdurman on Monday. ";

    [Theory]
    [InlineData("The army said on Wednesday that the truce had been reached through US mediation.", "United States")]
    [InlineData("The two sides agreed to a truce on Wednesday through Qatari mediation.", "Qatar")]
    public void Extract_NameQualifyingMediation_MediatesAndIsNoParty(string sentence, string mediator)
    {
        var facts = TestActors.Extract(Fighting + sentence);
        var mediation = Assert.Single(facts.OfType(EventType.MediationOffered));
        Assert.Equal([mediator], mediation.Report.Actors);
        Assert.All(facts, f => Assert.Equal(new ConflictSides("Rapid Support Forces", "Sudan"), f.Report.Sides));
        Assert.All(facts.OfType(EventType.CeasefireAgreed), f => Assert.DoesNotContain(mediator, f.Report.Actors));
    }

    [Theory]
    [InlineData("The army and the RSF signed a ceasefire on Wednesday, with Egypt and Kenya as guarantors.")]
    [InlineData("The army and the RSF signed a ceasefire on Wednesday under the auspices of Egypt.")]
    [InlineData("The army and the RSF signed a ceasefire on Wednesday that was guaranteed by Egypt.")]
    public void Extract_GuarantorOrSponsorOfADeal_IsNoPartyToIt(string sentence)
    {
        var facts = TestActors.Extract(Fighting + sentence);
        var agreed = Assert.Single(facts.OfType(EventType.CeasefireAgreed));
        Assert.DoesNotContain("Egypt", agreed.Report.Actors);
        Assert.DoesNotContain("Kenya", agreed.Report.Actors);
        Assert.Equal(new ConflictSides("Rapid Support Forces", "Sudan"), agreed.Report.Sides);
    }

    [Theory]
    [InlineData("The army later extended its pause to cover the talks in Doha.")]
    [InlineData("The RSF published a list of demands for talks, dated in Cairo last month.")]
    public void Extract_TalksNamedBesideACityWithoutAMeeting_AreNoHosting(string sentence) =>
        Assert.Empty(TestActors.Extract(Fighting + sentence).OfType(EventType.MediationOffered));

    [Theory]
    [InlineData("Sudanese and RSF delegations gathered in Doha for talks on Tuesday.", "Qatar")]
    [InlineData("Talks between the army and the RSF resumed in Cairo on Tuesday.", "Egypt")]
    public void Extract_TalksHeldInAThirdStatesCity_AreHostedByIt(string sentence, string host)
    {
        var mediation = Assert.Single(TestActors.Extract(Fighting + sentence).OfType(EventType.MediationOffered));
        Assert.Equal([host], mediation.Report.Actors);
    }
}
