using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class ConflictSidesTests
{
    [Fact]
    public void Extract_Supporter_DoesNotBecomeASide()
    {
        var text = "Rwandan-backed M23 rebels attacked Congolese troops near Goma on Tuesday. Kenya called for a ceasefire.";
        Assert.All(TestActors.Extract(text), f => Assert.Equal(new ConflictSides("DR Congo", "Rwanda"), f.Report.Sides));
    }

    [Fact]
    public void Extract_SecondConflictClash_OpensItsOwnPair()
    {
        var text = "Israeli troops and Hamas fighters clashed in Gaza on Monday. Israeli strikes killed 20 people in Gaza on Monday. Separately, Indian and Pakistani troops exchanged fire on Tuesday.";
        var sides = TestActors.Extract(text).Select(f => f.Report.Sides.Name).Distinct().ToList();
        Assert.Contains("Hamas–Israel", sides);
        Assert.Contains("India–Pakistan", sides);
    }

    [Fact]
    public void Extract_NoConflict_GivesNothing() =>
        Assert.Empty(TestActors.Extract("Kenya called for a ceasefire. The weather in Nairobi was mild."));

    [Fact]
    public void Extract_SameEventTwice_KeepsEachStatementWithTheEventsActors()
    {
        var text = "Kenya and Egypt called for an immediate ceasefire between the Sudanese army and the RSF on Tuesday. Sudanese army troops clashed with the RSF on Tuesday. Kenya again called for an immediate ceasefire on Tuesday.";
        var calls = TestActors.Extract(text).OfType(EventType.CeasefireCalled);
        Assert.Equal(2, calls.Count);
        Assert.NotEqual(calls[0].Report.Evidence.Start, calls[1].Report.Evidence.Start);
        Assert.All(calls, c => Assert.Equal(["Kenya", "Egypt"], c.Report.Actors));
    }

    [Fact]
    public void Extract_OneSideNamed_TakesTheOpponentTheArticleNamesElsewhere()
    {
        var text = "Ethiopian officials and TPLF envoys met in Nairobi on Monday. Ethiopian drones struck a market on Tuesday.";
        var clash = Assert.Single(TestActors.Extract(text).OfType(EventType.ClashReported));
        Assert.Equal(new ConflictSides("Ethiopia", "Tigray People's Liberation Front"), clash.Report.Sides);
    }

    [Fact]
    public void Extract_FightingWithoutParties_BelongsToThePagesConflict()
    {
        var text = "Sudanese troops clashed with the RSF on Monday. Heavy shelling was reported across the capital on Tuesday.";
        var clashes = TestActors.Extract(text).OfType(EventType.ClashReported);
        Assert.Contains(clashes, c => c.Report.OccurredOn.ToString() == "2024-05-14" && c.Report.Sides == new ConflictSides("Rapid Support Forces", "Sudan"));
    }

    [Fact]
    public void Extract_DemonymOfAPlace_IsNoParty()
    {
        var text = "Israeli troops and Hamas fighters clashed on Monday. Israel and Hamas signed a truce in the Qatari capital on Tuesday.";
        var agreement = Assert.Single(TestActors.Extract(text).OfType(EventType.CeasefireAgreed));
        Assert.DoesNotContain("Qatar", agreement.Report.Actors);
        Assert.Equal(new ConflictSides("Hamas", "Israel"), agreement.Report.Sides);
    }

    [Fact]
    public void Extract_ThreeNamesInAPlacePhrase_DoNotOutvoteTheTwoSides()
    {
        var text = "Fighting near the border between Russia, Turkey and Ukraine killed 12 people on Monday. Russian and Ukrainian troops clashed again on Tuesday.";
        Assert.All(TestActors.Extract(text), f => Assert.Equal(new ConflictSides("Russia", "Ukraine"), f.Report.Sides));
    }
}
