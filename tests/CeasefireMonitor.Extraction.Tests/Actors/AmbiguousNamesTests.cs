using System.Text;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Actors;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Actors;

public class AmbiguousNamesTests
{
    // Two insurgencies of different states known by one name, the way "the Maoists" are in India and in Nepal.
    private const string Json = """
    {
      "states": [
        {"name":"Nepal","demonyms":["Nepalese"],"capital":"Kathmandu"},
        {"name":"India","demonyms":["Indian"],"capital":"New Delhi"}
      ],
      "armedGroups": [
        {"name":"Indian Red Army","aliases":["Maoists","Maoist rebels"],"fights":"India"},
        {"name":"Nepal People's Army","aliases":["Maoists","Maoist rebels"],"fights":"Nepal","leaders":["Comrade Kiran"]}
      ],
      "regions": [
        {"name":"Chhattisgarh","country":"India"},
        {"name":"Rolpa","country":"Nepal"}
      ]
    }
    """;

    private static readonly ActorDictionary Dictionary = ActorDictionary.Load(new MemoryStream(Encoding.UTF8.GetBytes(Json)));

    private static IReadOnlyList<ReportedFact> Extract(string text) =>
        new ArticleExtractor(Dictionary).Extract(new ArticleText("test", text, new DateOnly(2005, 3, 10), null, DateOrder.Unknown));

    private static string ClashParty(string text) =>
        Assert.Single(Extract(text).OfType(EventType.ClashReported)).Report.Actors.Single(a => a != "Nepal" && a != "India");

    [Theory]
    [InlineData("Maoist rebels ambushed a police convoy in Rolpa on Tuesday, killing six officers, Nepalese officials said.", "Nepal People's Army")]
    [InlineData("Officials in Kathmandu said Maoists attacked an army barracks in the west of Nepal on Tuesday.", "Nepal People's Army")]
    [InlineData("Maoists attacked a police station in Chhattisgarh on Tuesday, Indian officials said.", "Indian Red Army")]
    public void Extract_SharedGroupName_IsTheGroupOfThePagesState(string text, string group) =>
        Assert.Equal(group, ClashParty(text));

    [Fact]
    public void Extract_SharedGroupNameBeforeItsStateIsNamed_StillTakesThePagesState()
    {
        var text = "The Maoists raided a district office on Tuesday. Troops said the raid in Rolpa had been expected, and Nepalese police reinforced posts across Nepal.";
        var clash = Extract(text).OfType(EventType.ClashReported).First();
        Assert.Contains("Nepal People's Army", clash.Report.Actors);
        Assert.DoesNotContain("Indian Red Army", clash.Report.Actors);
    }

    [Fact]
    public void FindMentions_SharedForm_KeepsTheOtherGroupAsAnAlternative()
    {
        var mention = Assert.Single(Dictionary.FindMentions("Maoists marched."));
        Assert.Equal("Indian Red Army", mention.Actor.Name);
        Assert.Equal(["Nepal People's Army"], mention.Alternatives!.Select(a => a.Name));
        Assert.Null(Assert.Single(Dictionary.FindMentions("Comrade Kiran spoke.")).Alternatives);
    }

    [Theory]
    [InlineData("""{"states":[{"name":"Nepal"}],"armedGroups":[{"name":"Hill Front","aliases":["the Front"],"fights":"Nepal"},{"name":"Valley Front","aliases":["the Front"],"fights":"Nepal"}]}""")]
    [InlineData("""{"states":[{"name":"Nepal"}],"armedGroups":[{"name":"Hill Front","aliases":["the Front"],"fights":"Nepal"},{"name":"Valley Front","aliases":["the Front"]}]}""")]
    public void Load_GroupsSharingAFormWithoutDistinctStates_Throws(string json)
    {
        var error = Assert.Throws<InvalidDataException>(() => ActorDictionary.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains("alias 'the Front' names both 'Hill Front' and 'Valley Front'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadEmbedded_NepalsMaoists_AreTheirOwnEntryFightingNepal()
    {
        var product = ActorDictionary.LoadEmbedded();
        Assert.Equal("Nepal", product.HomeState("Communist Party of Nepal (Maoist)"));
        Assert.Equal("India", product.HomeState("CPI-Maoist"));
        var mention = product.FindMentions("the Maoists said").Single();
        Assert.Equal(["CPI-Maoist", "Communist Party of Nepal (Maoist)"], mention.Alternatives!.Prepend(mention.Actor).Select(a => a.Name).Order());
    }
}
