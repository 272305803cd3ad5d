using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class NotFightingRuleTests
{
    private const string Donbas = "Russian and Ukrainian forces clashed near Donetsk on Monday. ";
    private const string Sudan = "The Sudanese army and the RSF agreed a truce on Monday. ";

    [Theory]
    [InlineData("A peace deal signed in Pretoria ended two years of fighting between Ethiopian troops and the TPLF.")]
    [InlineData("Sudanese generals and RSF commanders agreed on Tuesday that all shelling around the capital should cease by midnight.")]
    [InlineData("Under the draft, all firing by Russian and Ukrainian units on land, at sea and in the air would stop for a month.")]
    [InlineData("Mali's junta suspended drone strikes on JNIM camps on Tuesday.")]
    [InlineData("The truce between Sudan and the RSF came into force on Tuesday after five weeks of a brutal offensive.")]
    [InlineData("Envoys want to bring the fighting between Indian and Pakistani troops to an end.")]
    [InlineData("Monitors say violence between Sudanese troops and the RSF in Kordofan has declined since the spring.")]
    [InlineData("The fighting between Sudan's army and the RSF has killed more than 15,000 people, the UN said on Tuesday.")]
    [InlineData("Officials in Goma said the war with M23 had left thousands dead by Tuesday.")]
    [InlineData("Sudan's negotiators struck out the word 'permanent' from the RSF's draft on Tuesday.")]
    [InlineData("A cessation of hostilities between Sudan and the RSF was declared in May and lapsed within weeks.")]
    public void Extract_FightingNamedAsWhatStopped_ReportsNoClash(string sentence) =>
        Assert.Empty(TestActors.Extract(sentence).OfType(EventType.ClashReported));

    [Theory]
    [InlineData("Fighting between the Sudanese army and the RSF killed 12 people in El Fasher on Tuesday.")]
    [InlineData("On Tuesday fighting between Sudan's army and the RSF in El Fasher has killed at least nine civilians, medics said.")]
    public void Extract_FightingThatKilledOnADay_IsStillAClash(string sentence) =>
        Assert.NotEmpty(TestActors.Extract(sentence).OfType(EventType.ClashReported));

    [Fact]
    public void Extract_FightingNamedAsWhatStopped_StillNamesTheConflict()
    {
        var facts = TestActors.Extract("A peace deal signed in Pretoria ended two years of fighting between Ethiopian troops and the TPLF. On Tuesday the African Union urged both sides to show restraint.");

        Assert.Empty(facts.OfType(EventType.ClashReported));
        Assert.Equal(new ConflictSides("Ethiopia", "Tigray People's Liberation Front"), Assert.Single(facts.OfType(EventType.CeasefireCalled)).Report.Sides);
    }

    [Theory]
    [InlineData("The standoff on Tuesday brought Indian and Pakistani troops close to an open clash.")]
    [InlineData("Diplomats said Ethiopia and the TPLF had been on the brink of a full-scale offensive.")]
    [InlineData("Sudan's markets had their quietest week since the war began, RSF officials said.")]
    [InlineData("Until Tuesday the border districts had been spared serious fighting between Indian and Pakistani troops.")]
    [InlineData("Neither Russia nor Ukraine has so far reported a major assault near Kharkiv.")]
    [InlineData("Ukrainian officials say North Korean troops are fighting alongside Russian units.")]
    [InlineData("India has not confirmed carrying out any strikes on Pakistani soil, officials in Islamabad said.")]
    public void Extract_NearMissTimeReferenceCalmOrAllies_ReportsNoClash(string sentence) =>
        Assert.Empty(TestActors.Extract(sentence).OfType(EventType.ClashReported));

    [Fact]
    public void Extract_SinceFightingBeganOnADay_StillReportsTheClash()
    {
        var clash = Assert.Single(TestActors.Extract("Thousands of Sudanese civilians have fled Omdurman since the fighting between the army and the RSF began on Tuesday.").OfType(EventType.ClashReported));
        Assert.Equal("2024-05-14", clash.Report.OccurredOn.ToString());
    }

    [Theory]
    [InlineData("The truce collapsed on Tuesday as RSF fighters shelled army positions in Omdurman.")]
    [InlineData("On Tuesday each side accused the other of firing on its trenches near Kassala.")]
    public void Extract_TruceCollapseOrMutualAccusation_ReportsOnlyTheViolation(string sentence)
    {
        var facts = TestActors.Extract(Sudan + sentence);

        Assert.Equal("2024-05-14", Assert.Single(facts.OfType(EventType.CeasefireViolated)).Report.OccurredOn.ToString());
        Assert.Empty(facts.OfType(EventType.ClashReported));
    }

    [Theory]
    [InlineData("Talks on extending the truce collapsed on Tuesday in Jeddah.")]
    [InlineData("The truce talks and the aid plan collapsed on Tuesday.")]
    public void Extract_CollapseOfTalks_ReportsNoViolation(string sentence) =>
        Assert.Empty(TestActors.Extract(Sudan + sentence).OfType(EventType.CeasefireViolated));

    [Fact]
    public void Extract_FightingDeniedAsABreach_ReportsNeitherClashNorViolation()
    {
        var facts = TestActors.Extract(Sudan + "Gunfire was heard near Kassala on Tuesday, but RSF officials said it was not a breach of the truce.");

        Assert.Empty(facts.OfType(EventType.CeasefireViolated));
        Assert.Empty(facts.OfType(EventType.ClashReported));
    }

    [Fact]
    public void Extract_ViolationOfADatedTruce_IsDatedByTheBreach() =>
        Assert.Equal("2024-05-14", Assert.Single(TestActors.Extract(Donbas + "Ukraine accused Russia on Tuesday of violating the 2022 ceasefire.").OfType(EventType.CeasefireViolated)).Report.OccurredOn.ToString());

    [Fact]
    public void Extract_FightingSinceTheTruceBegan_IsNotDatedByTheTrucesStart()
    {
        var violation = Assert.Single(TestActors.Extract("Since the truce took effect on Tuesday, Russian forces have shelled Ukrainian positions forty times.").OfType(EventType.CeasefireViolated));
        Assert.Equal("2024-05-16", violation.Report.OccurredOn.ToString());
    }

    [Theory]
    [InlineData("Moscow said on Tuesday it remained fully committed to the ceasefire with Ukraine.")]
    [InlineData("Kyiv is committed to the truce, Ukrainian officials said on Tuesday.")]
    public void Extract_CommitmentToAnExistingTruce_ReportsNoAgreement(string sentence) =>
        Assert.Empty(TestActors.Extract(Donbas + sentence).OfType(EventType.CeasefireAgreed));

    [Theory]
    [InlineData("The finance minister faces an uphill battle over RSF-held customs posts.")]
    [InlineData("Sudan's prime minister lost a fight in parliament over the RSF budget.")]
    public void Extract_PoliticalBattle_ReportsNoClash(string sentence) =>
        Assert.Empty(TestActors.Extract(sentence).OfType(EventType.ClashReported));

    [Theory]
    [InlineData("Indian and Pakistani troops fought a gunbattle along the border on Tuesday.")]
    [InlineData("On Tuesday Hamas fired more than 200 rockets towards Israeli towns.")]
    [InlineData("Hamas answered on Tuesday with salvoes of rockets at Israeli towns.")]
    public void Extract_GunbattlesAndRocketFire_ReportClash(string sentence) =>
        Assert.Equal("2024-05-14", Assert.Single(TestActors.Extract(sentence).OfType(EventType.ClashReported)).Report.OccurredOn.ToString());

    [Fact]
    public void Extract_FightingSinceTheTruceBegan_IsAViolation()
    {
        var facts = TestActors.Extract("Since the Orthodox Christmas truce began on Tuesday, Russian forces have shelled Ukrainian positions forty times.");

        Assert.Equal("2024-05-16", Assert.Single(facts.OfType(EventType.CeasefireViolated)).Report.OccurredOn.ToString());
        Assert.Empty(facts.OfType(EventType.ClashReported));
    }
}
