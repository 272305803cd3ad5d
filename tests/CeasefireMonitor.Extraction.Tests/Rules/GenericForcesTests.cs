using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class GenericForcesTests
{
    [Theory]
    [InlineData("The army shelled RSF positions in Omdurman on Tuesday.")]
    [InlineData("Government troops and RSF fighters clashed near the airport on Tuesday.")]
    [InlineData("The military said on Tuesday it had repelled an RSF assault on its headquarters.")]
    public void Extract_ForcesWithoutCountry_AreTheStateThePagesGroupFights(string sentence)
    {
        var text = "The RSF has fought Sudan's army since April. " + sentence;
        var clash = TestActors.Extract(text).OfType(EventType.ClashReported).Single(f => f.Report.OccurredOn.ToString() == "2024-05-14");
        Assert.Contains("Sudan", clash.Report.Actors);
        Assert.Equal(new ConflictSides("Rapid Support Forces", "Sudan"), clash.Report.Sides);
    }

    [Fact]
    public void Extract_RebelsWithoutName_AreThePagesGroup()
    {
        var text = "Ethiopian forces and the TPLF have fought in Tigray for months. On Tuesday the rebels attacked a federal base near Mekelle.";
        var clash = TestActors.Extract(text).OfType(EventType.ClashReported).Single(f => f.Report.OccurredOn.ToString() == "2024-05-14");
        Assert.Contains("Tigray People's Liberation Front", clash.Report.Actors);
    }

    [Fact]
    public void Extract_ArmyOfNamedState_IsNotRewritten()
    {
        var text = "Hamas fighters attacked Israeli posts on Monday. The army of Egypt said on Tuesday that Hamas fighters had fired at its border posts.";
        var second = TestActors.Extract(text).Where(f => f.Report.Evidence.Sentence.Contains("army of Egypt")).ToList();
        Assert.NotEmpty(second);
        Assert.All(second, f => Assert.DoesNotContain("Israel", f.Report.Actors));
    }

    [Fact]
    public void Extract_WarBetweenStates_LeavesTheArmyUnnamed()
    {
        var text = "Indian and Pakistani troops exchanged fire in Kashmir on Monday. The army said on Tuesday that two soldiers were wounded.";
        Assert.All(TestActors.Extract(text), f => Assert.Equal(new ConflictSides("India", "Pakistan"), f.Report.Sides));
    }

    [Fact]
    public void Extract_CapitalNamingAnAccord_IsItsVenueNotAParty()
    {
        var text = "Ukrainian troops and DPR fighters clashed near Donetsk on Monday. Both sides accused each other of breaking the Doha accord on Tuesday.";
        Assert.All(TestActors.Extract(text), f => Assert.DoesNotContain("Qatar", f.Report.Actors));
    }

    [Fact]
    public void Extract_CallerAddressedByAnotherCall_StaysAParty()
    {
        var text = "Russia and Kenya called for a ceasefire on Monday. France called on Moscow to halt the offensive in Donetsk on Tuesday. Ukrainian troops were shelled on Tuesday.";
        var shelling = Assert.Single(TestActors.Extract(text).OfType(EventType.ClashReported));
        Assert.Equal(new ConflictSides("Russia", "Ukraine"), shelling.Report.Sides);
    }

    [Fact]
    public void Extract_SeparatistsOfANamedRegion_AreTheGroupClaimingIt()
    {
        var text = "Shelling hit towns across Donetsk on Monday. Ukraine and the separatists each blamed the other for the attacks on Tuesday.";
        Assert.Contains(TestActors.Extract(text), f => f.Report.Sides == new ConflictSides("Russia", "Ukraine"));
    }

    [Theory]
    [InlineData("Sudanese and RSF delegations met in Doha on Tuesday.", "Qatar")]
    [InlineData("Talks between the Sudanese army and the RSF opened in Cairo on Tuesday.", "Egypt")]
    public void Extract_TalksInAThirdStatesCapital_AreMediatedByTheHost(string sentence, string host)
    {
        var text = "Sudanese troops clashed with the RSF on Monday. " + sentence;
        var mediation = Assert.Single(TestActors.Extract(text).OfType(EventType.MediationOffered));
        Assert.Equal([host], mediation.Report.Actors);
    }

    [Theory]
    [InlineData("Sudanese and RSF delegations are due to meet in Doha next week.")]
    [InlineData("Talks in Cairo could be held within days.")]
    [InlineData("Sudanese and RSF delegations met in Khartoum on Tuesday.")]
    public void Extract_PlannedTalksOrTalksAtAPartysCapital_AreNoMediation(string sentence) =>
        Assert.Empty(TestActors.Extract("Sudanese troops clashed with the RSF on Monday. " + sentence).OfType(EventType.MediationOffered));

    [Theory]
    [InlineData("The RSF said it had seized the airport on Tuesday; the army called the claims lies.")]
    [InlineData("The RSF said it had seized the airport on Tuesday, but the military called the reports \"baseless\".")]
    public void Extract_ClaimsCalledLies_AreDisputed(string sentence)
    {
        var clash = TestActors.Extract("Sudanese troops clashed with the RSF on Monday. " + sentence).OfType(EventType.ClashReported).Single(f => f.Report.OccurredOn.ToString() == "2024-05-14");
        Assert.Equal("Rapid Support Forces", clash.Report.Claim!.Claimant);
        Assert.Contains("Sudan", clash.Report.Claim.DisputedBy);
    }

    [Theory]
    [InlineData("Egypt said the RSF had \"nothing to do\" with the attack on Tuesday.")]
    [InlineData("The RSF said it had no part in the shelling of the market on Tuesday.")]
    public void Extract_NothingToDoWithTheAttack_ReportsNoClash(string sentence) =>
        Assert.DoesNotContain(TestActors.Extract("Sudanese troops clashed with the RSF on Monday. " + sentence), f => f.Type == EventType.ClashReported && f.Report.OccurredOn.ToString() == "2024-05-14");

    [Fact]
    public void Extract_ChargeOneSideRejects_IsTheOtherSidesClaim()
    {
        var text = "Sudanese troops clashed with the RSF on Monday. Its officials accused RSF units of shelling a market in El Fasher on Tuesday, a charge the RSF rejected.";
        var clash = TestActors.Extract(text).OfType(EventType.ClashReported).Single(f => f.Report.OccurredOn.ToString() == "2024-05-14");
        Assert.Equal("Sudan", clash.Report.Claim!.Claimant);
        Assert.Equal(["Rapid Support Forces"], clash.Report.Claim.DisputedBy);
    }

    [Fact]
    public void Extract_PartyOfferingToMediate_IsNoMediator()
    {
        var text = "Sudanese troops clashed with the RSF on Monday. The RSF offered to mediate between local tribes on Tuesday. Kenya offered to mediate between the two sides.";
        var mediation = Assert.Single(TestActors.Extract(text).OfType(EventType.MediationOffered));
        Assert.Equal(["Kenya"], mediation.Report.Actors);
    }

    [Theory]
    [InlineData("The UN said about 900 civilians were killed in El Fasher last month, a figure the army disputes.")]
    [InlineData("Rights groups say 300 people died in the shelling, a toll that the RSF rejected.")]
    public void Extract_TollAPartyContests_IsNoCasualtyReport(string sentence) =>
        Assert.Empty(TestActors.Extract("Sudanese troops clashed with the RSF on Monday. " + sentence).OfType(EventType.CasualtiesReported));
}
