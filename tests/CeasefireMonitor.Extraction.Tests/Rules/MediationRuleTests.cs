using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class MediationRuleTests
{
    private const string Context = "Ethiopian forces and the TPLF clashed in Tigray on Tuesday. ";

    [Theory]
    [InlineData("Kenya has offered to mediate between the two sides.", "Kenya")]
    [InlineData("Qatar said it was willing to host negotiations.", "Qatar")]
    [InlineData("The African Union is ready to facilitate talks.", "African Union")]
    [InlineData("Egypt stepped in to restore the ceasefire.", "Egypt")]
    [InlineData("Kenyan mediation has brought the parties to the negotiating table.", "Kenya")]
    [InlineData("IGAD offered to broker talks in Nairobi.", "IGAD")]
    [InlineData("Kenya offered to help mediate between the two sides.", "Kenya")]
    [InlineData("Egypt and Qatar acted as guarantors of the talks.", "Egypt")]
    [InlineData("Kenya has facilitated the peace process for years.", "Kenya")]
    [InlineData("An Egyptian effort to end the war stalled.", "Egypt")]
    public void Extract_Offer_ReportsMediator(string sentence, string mediator)
    {
        var fact = Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.MediationOffered));
        Assert.Contains(mediator, fact.Report.Actors);
        Assert.Equal(new ConflictSides("Ethiopia", "Tigray People's Liberation Front"), fact.Report.Sides);
    }

    [Theory]
    [InlineData("The talks in Addis Ababa were mediated by Kenya.", "Kenya")]
    [InlineData("The Tuesday round, hosted by Egypt, ended without a statement.", "Egypt")]
    [InlineData("Negotiations facilitated by the African Union resumed.", "African Union")]
    [InlineData("Qatar, which mediated in earlier rounds, sent an envoy.", "Qatar")]
    [InlineData("Kenya hosted a summit on the crisis.", "Kenya")]
    [InlineData("The negotiations in Nairobi were led by the African Union.", "African Union")]
    [InlineData("Both accepted a plan drafted by Qatar.", "Qatar")]
    public void Extract_PassiveOrPastMediation_ReportsMediator(string sentence, string mediator)
    {
        var fact = Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.MediationOffered));
        Assert.Contains(mediator, fact.Report.Actors);
    }

    [Theory]
    [InlineData("A former Egyptian minister, the AU's mediator for the talks, met both delegations.", "African Union")]
    [InlineData("Former Kenyan president Ruto, the African Union's mediator, is running the talks in Addis Ababa.", "African Union")]
    public void Extract_OwnedGoBetween_IsTheOwnersNotTheNationals(string sentence, string mediator) =>
        Assert.Equal([mediator], Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.MediationOffered)).Report.Actors);

    [Fact]
    public void Extract_TruceBrokeredBy_ReportsTheMediator() =>
        Assert.Contains("Kenya", Assert.Single(TestActors.Extract(Context + "A truce brokered by Kenya took effect on Wednesday.").OfType(EventType.MediationOffered)).Report.Actors);

    [Fact]
    public void Extract_MediationLedBy_TakesTheAgents() =>
        Assert.Equal(["Kenya", "Egypt"], Assert.Single(TestActors.Extract(Context + "Mediation efforts led by Kenya and Egypt continued.").OfType(EventType.MediationOffered)).Report.Actors);

    [Fact]
    public void Extract_RefusedMediation_ReportsNothing() =>
        Assert.Empty(TestActors.Extract(Context + "Ethiopia rejected mediation by Kenya.").OfType(EventType.MediationOffered));
}
