using System.Text;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Actors;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class AllianceTests
{
    [Fact]
    public void Extract_MembersBesideTheirAlliance_AreOneSideNamedByTheAlliance()
    {
        var text = "Three Brotherhood Alliance fighters stormed Myanmar army bases in northern Shan on Monday. "
            + "The Three Brotherhood Alliance said the MNDAA and the TNLA had led the assault. "
            + "On Tuesday TNLA troops seized a bridge from Myanmar soldiers, and the Three Brotherhood Alliance shelled an airbase.";
        var facts = TestActors.Extract(text);
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Equal(new ConflictSides("Myanmar", "Three Brotherhood Alliance"), f.Report.Sides));
        Assert.Contains(facts.OfType(EventType.ClashReported), f => f.Report.Actors.Contains("TNLA"));
    }

    [Fact]
    public void Extract_MemberNamedMostBesideItsAlliance_NamesTheSide()
    {
        var text = "MNDAA fighters attacked Myanmar army posts near the Chinese border on Monday. "
            + "The MNDAA said it had overrun two bases, and MNDAA officers said soldiers fled. "
            + "The group is part of the Three Brotherhood Alliance.";
        var facts = TestActors.Extract(text);
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.Equal(new ConflictSides("MNDAA", "Myanmar"), f.Report.Sides));
    }

    [Fact]
    public void Extract_MemberWithoutItsAlliance_IsItsOwnSide()
    {
        var facts = TestActors.Extract("TNLA fighters ambushed a Myanmar army convoy on Monday, killing six soldiers.");
        Assert.Contains(facts, f => f.Report.Sides == new ConflictSides("Myanmar", "TNLA"));
    }

    [Theory]
    [InlineData("\"memberOf\":\"Atlantis Front\"", "no armed group")]
    [InlineData("\"memberOf\":\"Test Front\"", "itself")]
    [InlineData("\"memberOf\":\"Member Front\"", "itself a member")]
    public void Load_MemberOfNoAlliance_FailsNamingTheGroupAndTheReason(string fields, string reason)
    {
        var json = "{\"states\":[{\"name\":\"Sudan\"}],\"armedGroups\":[{\"name\":\"Umbrella Front\"},{\"name\":\"Member Front\",\"memberOf\":\"Umbrella Front\"},{\"name\":\"Test Front\"," + fields + "}]}";
        var error = Assert.Throws<InvalidDataException>(() => ActorDictionary.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains("Test Front", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("MNDAA", "Three Brotherhood Alliance")]
    [InlineData("Justice and Equality Movement", "Sudan Revolutionary Front")]
    [InlineData("Return, Reclamation and Rehabilitation", "Coalition of Patriots for Change")]
    [InlineData("Haqqani network", "Taliban")]
    public void LoadEmbedded_MemberGroups_KnowTheirAlliance(string group, string alliance) =>
        Assert.Equal(alliance, ActorDictionary.LoadEmbedded().AllianceOf(group));

    [Theory]
    [InlineData("Kurdish peshmerga fighters withdrew from the town.", "Kurdistan Regional Government")]
    [InlineData("The KRG offered to freeze the referendum result.", "Kurdistan Regional Government")]
    [InlineData("FACT rebels crossed the border from Libya.", "Front for Change and Concord in Chad")]
    [InlineData("The NSCN-IM has observed a truce with New Delhi for years.", "NSCN-IM")]
    [InlineData("The IRA announced a complete cessation of military operations.", "Provisional IRA")]
    [InlineData("ETA declared a permanent ceasefire.", "ETA")]
    public void FindMentions_WiderDictionary_NamesRealArmedGroupsAndRegionalGovernments(string text, string expected) =>
        Assert.Contains(expected, ActorDictionary.LoadEmbedded().FindMentions(text).Select(m => m.Actor.Name));
}
