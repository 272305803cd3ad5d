using System.Text;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Actors;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

/// <summary>Who stands for whom: companies and their home states, "anti-"/"pro-" names, groups that became governments, "the separatists", "the council".</summary>
public class ActorStandingTests
{
    private static List<SentenceActor> Resolve(string sentence, DateOnly? published = null) =>
        new ArticleActors(TestActors.Dictionary, published).Resolve(sentence);

    [Theory]
    [InlineData("France's Total flew its engineers out of the gas site on Friday.", "France")]
    [InlineData("Russia’s Rosneft said it had signed for a share of the export line.", "Russia")]
    [InlineData("France's Total flew its engineers out of the gas site on Friday.", "TotalEnergies")]
    [InlineData("An anti-Hamas militia clashed with gunmen in Rafah.", "Hamas")]
    [InlineData("An envoy to the anti-Islamic State coalition met both leaders.", "Islamic State")]
    public void Resolve_CompanyItsStateOrAnEnemyNamedByAnti_IsNoActor(string sentence, string actor) =>
        Assert.DoesNotContain(Resolve(sentence), a => a.Actor.Name == actor);

    [Theory]
    [InlineData("Russia's army shelled the outskirts of the town.", "Russia")]
    [InlineData("Hamas fighters fired rockets at the border town.", "Hamas")]
    public void Resolve_StatePossessiveOfItsForcesAndPlainNames_StayParties(string sentence, string actor) =>
        Assert.Contains(Resolve(sentence), a => a.Actor.Name == actor && a.CanFight);

    [Fact]
    public void Resolve_ProStateMilitia_MakesTheStateASupporter() =>
        Assert.False(Resolve("Pro-Russian militiamen opened fire on the checkpoint.").Single(a => a.Actor.Name == "Russia").CanFight);

    [Fact]
    public void Extract_CompanyOfAStateInAFightingSentence_KeepsTheStateOutOfTheConflict()
    {
        var facts = TestActors.Extract("Islamic State fighters stormed the port town in Cabo Delgado on Wednesday, forcing France's Total to pull out its staff. Mozambican troops fought the insurgents near the airstrip on Thursday.");
        Assert.NotEmpty(facts);
        Assert.DoesNotContain(facts, f => f.Report.Sides.A == "France" || f.Report.Sides.B == "France");
    }

    [Theory]
    [InlineData("2023-03-02", "Afghanistan")]
    [InlineData("2019-06-10", "Taliban")]
    public void Resolve_GroupThatBecameTheGovernment_IsTheStateFromThatDay(string published, string expected) =>
        Assert.Equal(expected, Resolve("Taliban forces fired on the border post.", DateOnly.Parse(published)).Single().Actor.Name);

    [Fact]
    public void Extract_BorderFightingWithAGoverningGroup_IsBetweenTheStates()
    {
        var facts = TestActors.Extract("Pakistani troops and Taliban forces exchanged fire at a border crossing on Tuesday, officials said.", new DateOnly(2024, 3, 21));
        var clash = Assert.Single(facts.OfType(EventType.ClashReported));
        Assert.Equal(new ConflictSides("Afghanistan", "Pakistan"), clash.Report.Sides);
    }

    [Fact]
    public void Resolve_TheSeparatists_AreTheSeparatistGroupNamedEarlierNotTheLastGroup()
    {
        var actors = new ArticleActors(TestActors.Dictionary);
        actors.Resolve("Fighters of the Ambazonia Defence Forces seized a checkpoint on the highway on Monday.");
        actors.Resolve("Boko Haram raided a village further north the same day.");
        Assert.Contains(actors.Resolve("The separatists said they still held the checkpoint."), a => a.Actor.Name == "Ambazonia Defence Forces");
    }

    [Fact]
    public void Extract_TheCouncil_IsTheArmedGroupWhoseNameCarriesIt()
    {
        var facts = TestActors.Extract("Northern Salvation Council fighters overran an army post on Monday. On Tuesday the council attacked Cameroonian troops outside the town, killing four soldiers.");
        var tuesday = facts.OfType(EventType.ClashReported).Single(f => f.Report.OccurredOn.ToString() == "2024-05-14");
        Assert.Contains("Northern Salvation Council", tuesday.Report.Actors);
    }

    [Theory]
    [InlineData("\"governs\":\"Atlantis\",\"governsSince\":\"2021-08\"", "Atlantis")]
    [InlineData("\"governs\":\"Sudan\"", "governsSince")]
    [InlineData("\"governs\":\"Sudan\",\"governsSince\":\"August 2021\"", "August 2021")]
    public void Load_GoverningGroupWithBadStateOrDay_FailsNamingTheGroupAndTheReason(string fields, string reason)
    {
        var json = "{\"states\":[{\"name\":\"Sudan\"}],\"armedGroups\":[{\"name\":\"Test Front\"," + fields + "}]}";
        var error = Assert.Throws<InvalidDataException>(() => ActorDictionary.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains("Test Front", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void LoadEmbedded_StateSanctionedMilitiasAndGoverningGroups_StandForTheirState()
    {
        var dictionary = ActorDictionary.LoadEmbedded();
        Assert.Equal("Iraq", dictionary.SideOf("Popular Mobilization Forces"));
        Assert.True(dictionary.Find("Taliban")!.GovernsOn(new DateOnly(2022, 1, 1)));
        Assert.False(dictionary.Find("Taliban")!.GovernsOn(new DateOnly(2021, 8, 1)));
        Assert.Equal(ActorKind.Company, dictionary.Find("Rosneft")!.Kind);
    }

    [Theory]
    [InlineData("Islamic State", "Syria")]
    [InlineData("Maute group", "Philippines")]
    [InlineData("Syrian Democratic Forces", null)]
    public void HomeStates_OnlyAGroupAtWarInManyStatesFightsThePageGround(string group, string? expected) =>
        Assert.Equal(expected, PageGround.HomeStates(TestActors.Dictionary, "Syria")(group));

    [Theory]
    [InlineData("Mozambique", "Locally they are called Boko Haram, though they are unrelated to the Nigerian movement.", "Islamic State")]
    [InlineData("Philippines", "The Maute group has pledged loyalty to the global network.", "Maute group")]
    public void GenericForces_GroupsNamedAsOften_PreferTheOneAtWarWithThePageStateThenTheGlobalOne(string ground, string local, string expected)
    {
        var actors = new ArticleActors(TestActors.Dictionary);
        List<List<SentenceActor>> sentences = [actors.Resolve("Islamic State said its fighters had taken the port town."), actors.Resolve(local)];
        var sides = GenericForces.Find(sentences, TestActors.Dictionary, PageGround.HomeStates(TestActors.Dictionary, ground), ground);
        Assert.Equal(expected, sides!.Group.Name);
        Assert.Equal(ground, sides.State.Name);
    }

    [Fact]
    public void Extract_LocalGroupAlliedWithAGlobalOne_IsTheInsurgencyTheArmyFights()
    {
        var facts = TestActors.Extract("The Maute group, which has pledged loyalty to Islamic State, seized a bridge in the southern Philippines on Monday. "
            + "Filipino troops fought the militants for six hours on Tuesday.");
        var tuesday = facts.OfType(EventType.ClashReported).Single(f => f.Report.OccurredOn.ToString() == "2024-05-14");
        Assert.Equal(new ConflictSides("Maute group", "Philippines"), tuesday.Report.Sides);
    }
}
