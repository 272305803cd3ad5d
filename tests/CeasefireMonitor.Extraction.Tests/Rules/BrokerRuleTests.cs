using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class BrokerRuleTests
{
    private const string Context = "Ethiopian forces and the TPLF clashed in Tigray on Tuesday. ";

    [Theory]
    [InlineData("Ethiopia and the TPLF accepted a plan drafted by Kenya and Egypt on Wednesday.", new[] { "Kenya", "Egypt" })]
    [InlineData("The TPLF welcomed a text written by Qatar.", new[] { "Qatar" })]
    [InlineData("Kenya's foreign minister, who brokered the truce over two weeks of shuttling, flew home on Wednesday.", new[] { "Kenya" })]
    [InlineData("Egypt, which brokered a deal between the two armies in March, sent observers.", new[] { "Egypt" })]
    [InlineData("Ethiopia and the TPLF signed a Qatar-brokered truce on Wednesday.", new[] { "Qatar" })]
    [InlineData("A Kenyan- and Egyptian-mediated pause took effect on Wednesday.", new[] { "Kenya", "Egypt" })]
    [InlineData("Egypt has invited the government and the TPLF to talks in Cairo.", new[] { "Egypt" })]
    [InlineData("Qatar invited both sides to an urgent meeting on Wednesday.", new[] { "Qatar" })]
    [InlineData("A joint statement was issued in Addis Ababa, with Kenya, which hosted earlier rounds, mediating between the delegations.", new[] { "Kenya" })]
    public void Extract_Broker_IsTheMediator(string sentence, string[] mediators) =>
        Assert.Equal(mediators, Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.MediationOffered)).Report.Actors);

    [Fact]
    public void Extract_TruceNamedByItsBroker_LeavesTheBrokerOutOfTheParties()
    {
        var agreed = Assert.Single(TestActors.Extract(Context + "Ethiopia and the TPLF signed a Qatar-brokered truce on Wednesday.").OfType(EventType.CeasefireAgreed));
        Assert.DoesNotContain("Qatar", agreed.Report.Actors);
        Assert.Contains("Ethiopia", agreed.Report.Actors);
    }

    [Fact]
    public void Extract_PlanDraftedByOthers_LeavesThePartiesOutOfTheMediators()
    {
        var offered = Assert.Single(TestActors.Extract(Context + "Ethiopia and the TPLF accepted a plan drafted by Kenya on Wednesday.").OfType(EventType.MediationOffered));
        Assert.DoesNotContain("Ethiopia", offered.Report.Actors);
    }

    [Theory]
    [InlineData("Egypt invited both armies' spokesmen to a press briefing.")]
    [InlineData("The TPLF was invited to a conference on reconstruction.")]
    public void Extract_InvitationToNoTalks_IsNoMediation(string sentence) =>
        Assert.Empty(TestActors.Extract(Context + sentence).OfType(EventType.MediationOffered));

    [Fact]
    public void Extract_HostQuotedOnTalksAtItsResidence_StillHostsThem()
    {
        var hosted = Assert.Single(TestActors.Extract(Context + "The two delegations met on Wednesday at the residence of the Kenyan president in Nairobi, Ruto said.").OfType(EventType.MediationOffered));
        Assert.Equal(["Kenya"], hosted.Report.Actors);
    }

    [Fact]
    public void Extract_TruceOfAMonth_DatesTheTruceAndItsBrokerNotTheFighting()
    {
        var facts = TestActors.Extract(Context + "The shelling ended any pretence that the Qatar-brokered truce of February still held.");
        Assert.Equal("2024-02", Assert.Single(facts.OfType(EventType.MediationOffered)).Report.OccurredOn.ToString());
        Assert.DoesNotContain(facts.OfType(EventType.ClashReported), f => f.Report.OccurredOn.ToString() == "2024-02");
    }
}
