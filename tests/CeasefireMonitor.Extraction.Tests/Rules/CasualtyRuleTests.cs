using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class CasualtyRuleTests
{
    private const string Context = "Sudanese army troops clashed with the RSF in El Fasher on Tuesday. ";

    [Theory]
    [InlineData("At least 12 civilians were killed in the shelling.", 12, CountQualifier.AtLeast, "civilians")]
    [InlineData("The shelling killed more than 40 people.", 40, CountQualifier.MoreThan, null)]
    [InlineData("Nearly a hundred soldiers have lost their lives.", 100, CountQualifier.Nearly, "soldiers")]
    [InlineData("The death toll rose to 87, medics said.", 87, CountQualifier.Exact, null)]
    [InlineData("Dozens of fighters died in the battle.", 24, CountQualifier.Dozens, "fighters")]
    [InlineData("Forty-nine Sudanese soldiers were killed.", 49, CountQualifier.Exact, "soldiers")]
    public void Extract_KilledFigure_ReportsCasualties(string sentence, int count, CountQualifier qualifier, string? victims)
    {
        var fact = Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.CasualtiesReported));
        Assert.Equal(new CasualtyFigure(count, qualifier), fact.Casualties!.Killed);
        Assert.Equal(victims, fact.Casualties.Victims);
        Assert.Equal(new ConflictSides("Rapid Support Forces", "Sudan"), fact.Report.Sides);
    }

    [Fact]
    public void Extract_KilledAndInjured_SplitsFigures()
    {
        var fact = Assert.Single(TestActors.Extract(Context + "More than 200 people were injured and more than 30 killed in the RSF attacks.").OfType(EventType.CasualtiesReported));
        Assert.Equal(new CasualtyFigure(30, CountQualifier.MoreThan), fact.Casualties!.Killed);
        Assert.Equal(new CasualtyFigure(200, CountQualifier.MoreThan), fact.Casualties.Injured);
    }

    [Theory]
    [InlineData("The earthquake, which struck before dawn, killed at least 2,000 people in Darfur.")]
    [InlineData("Last year's floods left more than 300 Sudanese dead or missing along the Nile.")]
    [InlineData("The cyclone that hit the coast in May wounded 150 people, aid agencies said.")]
    public void Extract_NaturalDisasterToll_ReportsNoCasualties(string sentence) =>
        Assert.Empty(TestActors.Extract(Context + sentence).OfType(EventType.CasualtiesReported));

    [Theory]
    [InlineData("RSF shelling of the flood-hit camp killed nine civilians on Wednesday.", 9)]
    [InlineData("After the floods receded, an RSF attack on the town killed 14 people.", 14)]
    public void Extract_FightingNamedAfterADisaster_StillReportsItsToll(string sentence, int count) =>
        Assert.Equal(count, Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.CasualtiesReported)).Casualties!.Killed!.Count);

    [Theory]
    [InlineData("Two journalists, including one photographer, were wounded in the shelling.", 2)]
    [InlineData("The strike wounded 15 people in El Fasher.", 15)]
    public void Extract_InjuredFigure_ReportsInjured(string sentence, int count) =>
        Assert.Equal(count, Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.CasualtiesReported)).Casualties!.Injured!.Count);

    [Theory]
    [InlineData("A medic from Kenya was killed and another was wounded when the convoy came under fire.", 1, 1)]
    [InlineData("The shelling killed a 12-year-old boy near the market.", 1, null)]
    [InlineData("Thirty-one badly wounded soldiers were flown out of the city.", null, 31)]
    [InlineData("Eight dead fighters were left on the road after the ambush.", 8, null)]
    public void Extract_SinglePersonOrCountedPhrase_CountsThem(string sentence, int? killed, int? injured)
    {
        var fact = Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.CasualtiesReported));
        Assert.Equal(killed, fact.Casualties!.Killed?.Count);
        Assert.Equal(injured, fact.Casualties.Injured?.Count);
    }

    [Theory]
    [InlineData("A doctor said the hospital had run out of beds.")]
    [InlineData("A woman who fled the town described the shelling as relentless.")]
    public void Extract_SinglePersonNotKilledOrWounded_ReportsNoCasualties(string sentence) =>
        Assert.Empty(TestActors.Extract(Context + sentence).OfType(EventType.CasualtiesReported));

    [Theory]
    [InlineData("Two tanks were destroyed and the death toll is unknown.")]
    [InlineData("No casualties were reported.")]
    [InlineData("Families in El Fasher are still burying their dead and searching for 40 missing relatives.")]
    [InlineData("The 20-kilometre front saw heavy losses.")]
    public void Extract_NoFigureOfPeople_ReportsNoCasualties(string sentence) =>
        Assert.Empty(TestActors.Extract(Context + sentence).OfType(EventType.CasualtiesReported));

    [Theory]
    [InlineData("The war has killed at least 300 people since it began on 2 May.")]
    [InlineData("At least 300 people have been killed since the fighting erupted on 2 May, medics said.")]
    [InlineData("Medics put the death toll at 300 so far.")]
    [InlineData("Aid agencies' estimates put the number killed at more than 300.")]
    [InlineData("The governor has estimated that 300 people were killed during the siege of the city.")]
    [InlineData("The insurgency the RSF launched in March has killed at least 300 people.")]
    [InlineData("The offensive that the RSF launched on 2 March has now killed at least 300 people.")]
    public void Extract_RunningToll_IsDatedWhenReported(string sentence)
    {
        var text = "Sudanese army troops clashed with the RSF in El Fasher on 2 May.\n\n" + sentence;
        var toll = Assert.Single(TestActors.Extract(text).OfType(EventType.CasualtiesReported));
        Assert.Equal("2024-05-16", toll.Report.OccurredOn.ToString());
    }

    [Theory]
    [InlineData("At least 25 people were killed in RSF shelling that began on 2 May, medics in El Fasher said.", "2024-05-14")]
    [InlineData("The RSF, a militia that fought in Darfur in 2003, said on Thursday its fighters had stormed a base, killing 25 soldiers.", "2024-05-16")]
    public void Extract_TollBesideAnOnsetOrAnAside_IsNotDatedByIt(string sentence, string day)
    {
        var toll = Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.CasualtiesReported));
        Assert.Equal(day, toll.Report.OccurredOn.ToString());
    }

    [Fact]
    public void Extract_TollOnOneSide_DoesNotHoldThatSideResponsible()
    {
        var toll = Assert.Single(TestActors.Extract(Context + "RSF shelling killed at least 14 people on the Sudanese side of the front, medics said.").OfType(EventType.CasualtiesReported));
        Assert.DoesNotContain("Sudan", toll.Report.Actors);
    }

    [Fact]
    public void Extract_OutbreakInARunningToll_DatesTheFighting()
    {
        var text = "At least 300 people have been killed since heavy fighting between the RSF and the Sudanese army erupted on 2 May.";
        Assert.Contains(TestActors.Extract(text).OfType(EventType.ClashReported), c => c.Report.OccurredOn.ToString() == "2024-05-02");
    }

    [Fact]
    public void Extract_TollSinceADateWithAWhenClause_IsDatedWhenReportedAndTheClauseByTheDate()
    {
        var text = "Israeli troops and Hamas fighters clashed in Gaza on Monday. More than 900 people have been killed since October 2023, when Hamas fighters attacked Israeli border towns.";
        var facts = TestActors.Extract(text);
        Assert.Contains(facts.OfType(EventType.CasualtiesReported), f => f.Report.OccurredOn.ToString() == "2024-05-16");
        Assert.Contains(facts.OfType(EventType.ClashReported), f => f.Report.OccurredOn.ToString() == "2023-10");
    }

    [Theory]
    [InlineData("The RSF said on Monday that 17 of its fighters had been killed in the fighting in El Fasher.", "Sudan")]
    [InlineData("Sudan's army said 23 of its own soldiers died when the convoy was ambushed near Babanusa.", "Rapid Support Forces")]
    [InlineData("Khartoum says about 60 of its citizens were killed during the week.", "Rapid Support Forces")]
    public void Extract_PartyCountingItsOwnDead_HoldsTheOtherSideResponsible(string sentence, string responsible)
    {
        var fact = Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.CasualtiesReported), f => f.Report.Evidence.Sentence.Contains("of its"));
        Assert.Equal([responsible], fact.Report.Actors);
    }

    [Fact]
    public void Extract_PartyCountingDeadItBlamesOnANamedForce_KeepsTheRolesOfTheSentence()
    {
        var fact = Assert.Single(TestActors.Extract(Context + "Kenya said 12 of its peacekeepers were killed by RSF fighters near El Geneina.").OfType(EventType.CasualtiesReported), f => f.Report.Evidence.Sentence.Contains("of its"));
        Assert.Contains("Rapid Support Forces", fact.Report.Actors);
    }

    [Theory]
    [InlineData("More than 900 civilians, most of them women and children according to the UN, were killed in RSF shelling of El Fasher.", 900)]
    [InlineData("The RSF lost 40 fighters in the failed assault on the Sudanese army base.", 40)]
    [InlineData("Sudan's army said the RSF had lost dozens of its men in the battle for the bridge.", 24)]
    [InlineData("Sudanese army troops killed the RSF's local commander in an ambush near El Obeid.", 1)]
    public void Extract_KilledFigureInAnotherShape_ReportsCasualties(string sentence, int count) =>
        Assert.Equal(count, Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.CasualtiesReported), f => f.Report.Evidence.Sentence == sentence).Casualties!.Killed!.Count);

    [Theory]
    [InlineData("The Sudanese army lost control of the bridge to the RSF.")]
    [InlineData("The RSF lost 40 vehicles in the failed assault on the Sudanese army base.")]
    public void Extract_LossThatIsNoToll_ReportsNoCasualties(string sentence) =>
        Assert.DoesNotContain(TestActors.Extract(Context + sentence).OfType(EventType.CasualtiesReported), f => f.Report.Evidence.Sentence == sentence);
}
