using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Actors;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class ConflictActorsTests
{
    private static SentenceActor Mention(string sentence, string actor) =>
        new ArticleActors(TestActors.Dictionary).Resolve(sentence).First(a => a.Actor.Name == actor);

    [Theory]
    [InlineData("Two Nepalese peacekeepers were wounded near the airport, Ghana said.", "Nepal")]
    [InlineData("Two Nepalese peacekeepers were wounded near the airport, Ghana said.", "Ghana")]
    [InlineData("Blue helmets from Kenya and Egypt came under fire overnight.", "Kenya")]
    [InlineData("Dozens of Sudanese were killed in the shelling of the market.", "Sudan")]
    [InlineData("Scores of Ethiopians have been displaced by the fighting.", "Ethiopia")]
    [InlineData("Four Ethiopian soldiers were killed near the border post.", "Ethiopia")]
    [InlineData("A drone strike killed at least 12 Sudanese civilians at the market.", "Sudan")]
    [InlineData("Artillery fire reached the Rwandan border on Sunday.", "Rwanda")]
    [InlineData("A French energy company pulled its staff out of the port.", "France")]
    [InlineData("Chinese residents fled the town as the fighting spread.", "China")]
    [InlineData("M23, backed by several thousand Rwandan troops, entered the town.", "Rwanda")]
    public void Resolve_VictimsContributorsAndPlaces_AreNoParties(string sentence, string actor) =>
        Assert.False(Mention(sentence, actor).CanFight);

    [Theory]
    [InlineData("By the time the Nairobi agreement ended the fighting in 2004, some 20,000 people had been killed.", "Kenya")]
    [InlineData("A previous truce signed in Doha in 2021 collapsed within weeks, and fighting resumed with heavy losses.", "Qatar")]
    [InlineData("A peacekeeper from Kenya was killed in the shelling of the clinic.", "Kenya")]
    public void Extract_VenueOrOriginInAFightingSentence_IsNoParty(string sentence, string place)
    {
        var facts = TestActors.Extract("Sudanese army troops clashed with the RSF in El Fasher on Tuesday. " + sentence);
        Assert.Contains(facts, f => f.Report.Evidence.Sentence == sentence);
        Assert.DoesNotContain(facts, f => f.Report.Actors.Contains(place) || f.Report.Sides.A == place || f.Report.Sides.B == place);
    }

    [Theory]
    [InlineData("Israeli troops fired on UN peacekeepers near the border.", "Israel")]
    [InlineData("Peacekeepers said Rwandan soldiers had crossed into North Kivu.", "Rwanda")]
    [InlineData("Sudanese troops shelled the market.", "Sudan")]
    public void Resolve_StateWhoseForcesAct_StaysAParty(string sentence, string actor) =>
        Assert.True(Mention(sentence, actor).CanFight);

    [Fact]
    public void Extract_GroupBasedInAnotherState_IsThePartyRatherThanItsBase()
    {
        var text = "Israeli jets struck villages in southern Lebanon on Monday, Lebanese officials said. Hezbollah fired rockets at northern Israel on Tuesday. "
            + "Lebanon's health ministry said the Lebanese toll had risen. Lebanese and Israeli officials met on Wednesday.";
        var clashes = TestActors.Extract(text).OfType(EventType.ClashReported);
        Assert.NotEmpty(clashes);
        Assert.All(clashes, c => Assert.Equal(new ConflictSides("Hezbollah", "Israel"), c.Report.Sides));
    }

    [Fact]
    public void Extract_PeacekeepersKilled_KeepTheirStatesOutOfTheConflict()
    {
        var text = "Sudanese troops and RSF fighters clashed near El Fasher on Monday. Two peacekeepers from Kenya and Egypt were killed in the fighting, Kenya and Egypt said on Tuesday.";
        var facts = TestActors.Extract(text);
        Assert.All(facts, f => Assert.Equal(new ConflictSides("Rapid Support Forces", "Sudan"), f.Report.Sides));
        Assert.DoesNotContain(facts, f => f.Type is EventType.ClashReported or EventType.CasualtiesReported && f.Report.Actors.Contains("Kenya"));
    }

    [Fact]
    public void Extract_TheAlliance_IsTheNamedGroupCarryingThatNoun()
    {
        var text = "The Three Brotherhood Alliance rejected the army's offer on Sunday. The alliance attacked army posts in Rakhine on Monday.";
        var clash = Assert.Single(TestActors.Extract(text).OfType(EventType.ClashReported));
        Assert.Contains("Three Brotherhood Alliance", clash.Report.Actors);
    }

    [Fact]
    public void Extract_GroupAtWarInManyStates_FightsTheStateThePageIsIn()
    {
        var text = "Islamic State fighters seized a town in Cabo Delgado on Monday. Security forces fought the militants for three days in northern Mozambique, officials said on Wednesday.";
        var clashes = TestActors.Extract(text).OfType(EventType.ClashReported);
        Assert.NotEmpty(clashes);
        Assert.All(clashes, c => Assert.Equal(new ConflictSides("Islamic State", "Mozambique"), c.Report.Sides));
    }
}
