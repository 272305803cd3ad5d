using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

/// <summary>Who a call, an offer, an agreement or a surrender belongs to, when the sentence names it by a role, a setting or a passive.</summary>
public class RoleRuleTests
{
    private const string Gaza = "Israeli troops and Hamas fighters clashed in Gaza on Monday. ";
    private const string Tigray = "Ethiopian forces and the TPLF clashed in Tigray on Monday. ";

    [Theory]
    [InlineData("A truce mediated by Qatar came into force on Tuesday.")]
    [InlineData("A truce arranged through Egypt took effect on Tuesday.")]
    [InlineData("The two sides agreed on Tuesday to a ceasefire, a Qatari official told reporters.")]
    [InlineData("Both parties signed a permanent ceasefire on Tuesday, the Egyptian foreign minister said.")]
    public void Extract_TruceNamedWithItsMediator_ReportsTheWarringParties(string sentence)
    {
        var fact = Assert.Single(TestActors.Extract(Gaza + sentence).OfType(EventType.CeasefireAgreed));
        Assert.Equal(["Israel", "Hamas"], fact.Report.Actors.Order().Reverse());
        Assert.Equal("2024-05-14", fact.Report.OccurredOn.ToString());
    }

    [Theory]
    [InlineData("The US envoy announced on Tuesday that Israel and Hamas had reached an agreement.")]
    [InlineData("Egypt said on Tuesday that Israel and Hamas had accepted a proposal drafted by Qatar.")]
    public void Extract_AgreementAnnouncedByAThirdParty_ReportsTheParties(string sentence)
    {
        var fact = Assert.Single(TestActors.Extract(Gaza + sentence).OfType(EventType.CeasefireAgreed));
        Assert.Contains("Israel", fact.Report.Actors);
        Assert.Contains("Hamas", fact.Report.Actors);
    }

    [Theory]
    [InlineData("Israel and Hamas reached an agreement on the exchange of prisoners on Tuesday.")]
    [InlineData("Israel and Hamas signed a deal to swap bodies on Tuesday.")]
    [InlineData("Egypt and Qatar reached an agreement on Tuesday.")]
    [InlineData("Hamas accepted the plan on Tuesday.")]
    public void Extract_AgreementOnAnotherMatterOrWithoutBothSides_IsNoTruce(string sentence) =>
        Assert.Empty(TestActors.Extract(Gaza + sentence).OfType(EventType.CeasefireAgreed));

    [Theory]
    [InlineData("Tuesday's talks were held at the residence of the Kenyan president in Nairobi.", "Kenya")]
    [InlineData("The delegations met on Tuesday in the Egyptian city of Alexandria.", "Egypt")]
    [InlineData("A French diplomat acted as go-between at the talks on Tuesday.", "France")]
    [InlineData("Egyptian officials shuttled between the two delegations on Tuesday.", "Egypt")]
    [InlineData("The deal was negotiated on Tuesday with Qatari mediators.", "Qatar")]
    [InlineData("Kenya said on Tuesday it remained ready to help the parties return to dialogue.", "Kenya")]
    public void Extract_MediationByRoleOrSetting_ReportsTheMediator(string sentence, string mediator)
    {
        var fact = Assert.Single(TestActors.Extract(Tigray + sentence).OfType(EventType.MediationOffered));
        Assert.Equal([mediator], fact.Report.Actors);
    }

    [Theory]
    [InlineData("The truce was brokered by Kenya with help from Egypt on Tuesday.")]
    [InlineData("Kenya, which mediated alongside Egypt, welcomed the deal on Tuesday.")]
    public void Extract_CoMediators_AreMediatorsToo(string sentence) =>
        Assert.Equal(["Kenya", "Egypt"], Assert.Single(TestActors.Extract(Tigray + sentence).OfType(EventType.MediationOffered)).Report.Actors);

    [Fact]
    public void Extract_TalksHeldAtAPartysCapital_HaveNoMediator() =>
        Assert.Empty(TestActors.Extract(Tigray + "The two sides met on Tuesday at the residence of the Ethiopian prime minister.").OfType(EventType.MediationOffered));

    [Theory]
    [InlineData("Kenya, Ethiopia's largest neighbour, urged both sides on Tuesday to halt the fighting.", "Kenya")]
    [InlineData("The US envoy spoke to Ethiopia's Abiy and called for an immediate ceasefire on Tuesday.", "United States")]
    public void Extract_CallNearAnotherName_ReportsTheSubject(string sentence, string caller) =>
        Assert.Equal([caller], Assert.Single(TestActors.Extract(Tigray + sentence).OfType(EventType.CeasefireCalled)).Report.Actors);

    [Theory]
    [InlineData("On Tuesday both sides signed what Kenya called a permanent cessation of hostilities.")]
    [InlineData("Ethiopia's army chief called his TPLF counterpart on Tuesday and it was agreed that both sides would stop all firing.")]
    public void Extract_CallThatNamesOrPhones_IsTheAgreementNotACall(string sentence)
    {
        var facts = TestActors.Extract(Tigray + sentence);
        Assert.Empty(facts.OfType(EventType.CeasefireCalled));
        Assert.Single(facts.OfType(EventType.CeasefireAgreed));
    }

    [Fact]
    public void Extract_FightingAfterTheTruceTookEffect_IsAViolation()
    {
        var facts = TestActors.Extract(Gaza + "Israel said on Tuesday that Hamas fired rockets at Israeli towns hours after the truce took effect.");
        Assert.Equal("2024-05-14", Assert.Single(facts.OfType(EventType.CeasefireViolated)).Report.OccurredOn.ToString());
    }

    [Theory]
    [InlineData("The TPLF said on Tuesday that more than 500 soldiers had surrendered.", "Ethiopia")]
    [InlineData("Ethiopia said on Tuesday that 300 fighters had laid down their weapons and surrendered.", "Tigray People's Liberation Front")]
    public void Extract_UnnamedForcesSurrender_AreTheReportersEnemy(string sentence, string surrendering)
    {
        var fact = Assert.Single(TestActors.Extract(Tigray + sentence).OfType(EventType.SurrenderDeclared));
        Assert.Equal([surrendering], fact.Report.Actors);
    }

    [Fact]
    public void Extract_BattleForReElection_IsNoClash() =>
        Assert.Empty(TestActors.Extract("The president faces a tough battle for re-election in March.").OfType(EventType.ClashReported));
}
