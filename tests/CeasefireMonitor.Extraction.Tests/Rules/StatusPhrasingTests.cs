using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

/// <summary>Status events told in less common phrasings: ends of war, truces named by a clause, calls that say fighting must stop.</summary>
public class StatusPhrasingTests
{
    private const string Colombia = "Colombian troops and ELN fighters clashed in Arauca on Monday. ";
    private const string Yemen = "Saudi jets struck Houthi positions near Hodeidah on Monday. ";

    [Theory]
    [InlineData("Bogota declared on Tuesday that the state of war between the two sides had come to an end.")]
    [InlineData("The two sides signed a final accord in Havana on Tuesday, formally ending the armed conflict.")]
    [InlineData("The ELN said on Tuesday that it had decided to disband and end its armed struggle.")]
    [InlineData("President Petro, who on Tuesday declared that the ELN had been defeated militarily, thanked the army.")]
    public void Extract_DeclaredEndOfWar_ReportsHostilitiesEnded(string sentence) =>
        Assert.Equal("2024-05-14", Assert.Single(TestActors.Extract(Colombia + sentence).OfType(EventType.HostilitiesEnded)).Report.OccurredOn.ToString());

    [Theory]
    [InlineData("The ELN said on Tuesday that it would decide next month whether to end its armed struggle.")]
    [InlineData("Petro has not declared that the ELN was defeated.")]
    [InlineData("The war between the two sides could end within weeks, Petro said on Tuesday.")]
    public void Extract_HopedOrNegatedEnd_ReportsNoEnd(string sentence) =>
        Assert.Empty(TestActors.Extract(Colombia + sentence).OfType(EventType.HostilitiesEnded));

    [Theory]
    [InlineData("The truce, which Qatar announced on Tuesday morning, took effect at noon.")]
    [InlineData("A cessation of military hostilities that Riyadh and the Houthis signed on Tuesday held overnight.")]
    public void Extract_TruceNamedByAClause_ReportsAgreement(string sentence) =>
        Assert.Equal("2024-05-14", Assert.Single(TestActors.Extract(Yemen + sentence).OfType(EventType.CeasefireAgreed)).Report.OccurredOn.ToString());

    [Fact]
    public void Extract_TruceWithAParticipleAside_ReportsAgreement() =>
        Assert.Single(TestActors.Extract(Yemen + "The truce, brokered by Qatari officials who shuttled between Riyadh and the Houthis for a week, came into force on Tuesday.").OfType(EventType.CeasefireAgreed));

    [Fact]
    public void Extract_TwoCallersInCoordinateClauses_ReportsBothCalls()
    {
        var calls = TestActors.Extract(Colombia + "The UN chief has urged both sides to show restraint, and French diplomats spoke to Petro on Tuesday, calling for de-escalation.").OfType(EventType.CeasefireCalled);
        Assert.Equal(["France", "United Nations"], calls.SelectMany(c => c.Report.Actors).Order());
    }

    [Fact]
    public void Extract_SameCallerTwiceInOneSentence_ReportsOneCall() =>
        Assert.Single(TestActors.Extract(Colombia + "The UN urged restraint on Tuesday, and the UN later called for a ceasefire.").OfType(EventType.CeasefireCalled));

    [Theory]
    [InlineData("The UN said on Tuesday it regretted the failure of efforts to avoid an escalation and urged both parties to show restraint.", 1)]
    [InlineData("The UN said on Tuesday it would urge both parties to show restraint.", 0)]
    [InlineData("The UN did not condemn the attack and urged nothing.", 0)]
    public void Extract_CallJoinedToAnEarlierPredicate_IsAssertedUnlessModal(string sentence, int count) =>
        Assert.Equal(count, TestActors.Extract(Colombia + sentence).OfType(EventType.CeasefireCalled).Count);

    [Fact]
    public void Extract_TruceTheSidesWouldSignLater_ReportsNoAgreement() =>
        Assert.Empty(TestActors.Extract(Yemen + "A cessation of hostilities that the two sides would sign next week was still being drafted.").OfType(EventType.CeasefireAgreed));

    [Fact]
    public void Extract_FightingHoursAfterTheTruceTookEffect_IsABreachNotANewAgreement()
    {
        var facts = TestActors.Extract(Yemen + "The Houthis attacked Saudi positions on Wednesday, hours after the truce took effect.");
        Assert.DoesNotContain(facts, f => f.Type == EventType.CeasefireAgreed && f.Report.Evidence.Sentence.Contains("hours after", StringComparison.Ordinal));
        Assert.Contains(facts, f => f.Type is EventType.CeasefireViolated or EventType.ClashReported && f.Report.Evidence.Sentence.Contains("hours after", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The presidents of Kenya and Ghana, meeting in Nairobi on Tuesday, agreed that hostilities should cease from 6 p.m. on Friday.", "2024-05-14")]
    [InlineData("The African Union said on Tuesday that the fighting must stop.", "2024-05-14")]
    [InlineData("The European Union called on Tuesday for an immediate halt to the military operations.", "2024-05-14")]
    public void Extract_StatementThatFightingMustStop_IsACallDatedWhenMade(string sentence, string date) =>
        Assert.Equal(date, Assert.Single(TestActors.Extract(Colombia + sentence).OfType(EventType.CeasefireCalled)).Report.OccurredOn.ToString());

    [Theory]
    [InlineData("An ELN commander called the offer a trick and said the group would accept a ceasefire only if troops withdrew.")]
    [InlineData("Petro described the call as useful and said the goal was a lasting ceasefire.")]
    public void Extract_CalledAsNamingOrTelephone_IsNoCall(string sentence) =>
        Assert.Empty(TestActors.Extract(Colombia + sentence).OfType(EventType.CeasefireCalled));

    [Fact]
    public void Extract_UnilateralTruceObserved_IsItsAuthorsCall()
    {
        var facts = TestActors.Extract(Colombia + "The ELN has observed a unilateral ceasefire since Tuesday.");
        Assert.Empty(facts.OfType(EventType.CeasefireAgreed));
        Assert.Equal(["ELN"], Assert.Single(facts.OfType(EventType.CeasefireCalled)).Report.Actors);
    }

    [Fact]
    public void Extract_TruceAnnouncedAsReachedByOneSide_IsAnAgreement()
    {
        var facts = TestActors.Extract(Yemen + "The Houthis announced on Tuesday that the truce had been reached through Qatari mediation.");
        Assert.Empty(facts.OfType(EventType.CeasefireCalled));
        Assert.Single(facts.OfType(EventType.CeasefireAgreed));
    }

    [Fact]
    public void Extract_TalksLedWithHelpers_NameEveryHelperAsMediator()
    {
        var facts = TestActors.Extract(Colombia + "The talks, which opened on Tuesday, were led by the UN with the help of former Kenyan president Kenyatta and former Ghanaian minister Mensah, and attended by observers.");
        var mediation = Assert.Single(facts.OfType(EventType.MediationOffered));
        Assert.Equal(["United Nations", "Kenya", "Ghana"], mediation.Report.Actors);
        Assert.Equal("2024-05-14", mediation.Report.OccurredOn.ToString());
    }

    [Theory]
    [InlineData("The two presidents were in the Egyptian city of Alexandria on Tuesday for a regional summit and spoke on the sidelines.")]
    [InlineData("Bogota suspended peace negotiations with the ELN in Qatar on Tuesday.")]
    public void Extract_PlaceOfAnotherGathering_HostsNothing(string sentence) =>
        Assert.Empty(TestActors.Extract(Colombia + sentence).OfType(EventType.MediationOffered));

    [Fact]
    public void Extract_MeetingNearABorder_HasNoHost() =>
        Assert.Empty(TestActors.Extract("Ethiopian troops and TPLF fighters clashed in Tigray on Monday. Ethiopian and TPLF commanders met on Tuesday in a village near the Kenyan border.").OfType(EventType.MediationOffered));
}
