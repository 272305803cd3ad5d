using System.Text;
using CeasefireMonitor.Extraction.Actors;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Actors;

public class ActorDictionaryTests
{
    private static List<string> Names(string text) =>
        [.. new ArticleActors(TestActors.Dictionary).Resolve(text).Select(a => a.Actor.Name)];

    [Theory]
    [InlineData("Ethiopian troops advanced.", "Ethiopia")]
    [InlineData("Russia's foreign ministry said so.", "Russia")]
    [InlineData("The Kremlin said so.", "Russia")]
    [InlineData("Moscow said so.", "Russia")]
    [InlineData("Macron said so.", "France")]
    [InlineData("The RSF said so.", "Rapid Support Forces")]
    [InlineData("The U.S. envoy said so.", "United States")]
    [InlineData("Houthi rebels said so.", "Houthis")]
    public void Resolve_Forms_MapToCanonicalActor(string text, string expected) =>
        Assert.Contains(expected, Names(text));

    [Theory]
    [InlineData("Renamo gunmen ambushed a bus on the highway.", "Renamo", "Mozambique")]
    [InlineData("The LRA raided a village near the border.", "Lord's Resistance Army", "Uganda")]
    [InlineData("Fighters of the STC seized the port.", "Southern Transitional Council", "Yemen")]
    [InlineData("Ansar Dine fighters entered the town.", "Ansar Dine", "Mali")]
    [InlineData("Peshmerga units shelled the road north of the city.", "Kurdistan Regional Government", "Iraq")]
    [InlineData("The Kurdish regional government rejected the demand.", "Kurdistan Regional Government", "Iraq")]
    public void Resolve_EmbeddedDictionary_KnowsGroupsAndTheStateTheyFight(string text, string group, string state)
    {
        var dictionary = ActorDictionary.LoadEmbedded();
        Assert.Contains(group, new ArticleActors(dictionary).Resolve(text).Select(a => a.Actor.Name));
        Assert.Equal(state, dictionary.HomeState(group));
    }

    [Theory]
    [InlineData("Tigray rebels attacked the town.", "Tigray People's Liberation Front")]
    [InlineData("Ethnic Tigrayan separatists in Tigray attacked the town.", "Tigray People's Liberation Front")]
    [InlineData("Cabinda separatists attacked the town.", "Cabinda separatists")]
    public void Resolve_GenericGroupOfRegion_IsTheGroupClaimingIt(string text, string expected) =>
        Assert.Contains(expected, Names(text));

    [Theory]
    [InlineData("The turkey was roasted and the chad paper discarded.")]
    [InlineData("They said it is us and we are fine.")]
    public void Resolve_OrdinaryWords_AreNotActors(string text) =>
        Assert.Empty(Names(text));

    [Fact]
    public void SideOf_AlignedGroup_IsItsState()
    {
        Assert.Equal("Rwanda", TestActors.Dictionary.SideOf("M23"));
        Assert.Equal("Hamas", TestActors.Dictionary.SideOf("Hamas"));
        Assert.Null(TestActors.Dictionary.SideOf("African Union"));
    }

    [Fact]
    public void Load_GroupWithShiftedFields_ReadsAllyFromRegions()
    {
        const string json = """{"states":[{"name":"Armenia","demonyms":["Armenian"]}],"armedGroups":[{"name":"X separatists","aliases":[],"alignedWith":"Leader One;Leader Two","separatist":true,"regions":["Armenia"],"leaders":["Seat Town"]}]}""";
        var dictionary = ActorDictionary.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.Equal("Armenia", dictionary.SideOf("X separatists"));
    }

    [Fact]
    public void LoadEmbedded_ProductDictionary_KnowsTheSeedParties()
    {
        var dictionary = ActorDictionary.LoadEmbedded();
        Assert.Equal("Azerbaijan", dictionary.SideOf("Azerbaijan"));
        Assert.Equal("Armenia", dictionary.SideOf("Nagorno-Karabakh separatists"));
    }

    [Theory]
    [InlineData("Hezbollah", "Lebanon")]
    [InlineData("Hamas", "Palestine")]
    public void BaseState_GroupFightingAnotherState_IsTheCountryOfItsRegions(string group, string expected) =>
        Assert.Equal(expected, ActorDictionary.LoadEmbedded().BaseState(group));

    [Theory]
    [InlineData("Houthis")]
    [InlineData("M23")]
    public void BaseState_GroupFightingItsOwnState_IsNone(string group) =>
        Assert.Null(ActorDictionary.LoadEmbedded().BaseState(group));

    [Theory]
    [InlineData("Congolese troops retook the town.", "DR Congo")]
    [InlineData("Congo's government rejected the claim.", "DR Congo")]
    [InlineData("MINUSCA said its patrol was ambushed.", "MINUSCA")]
    [InlineData("ATMIS troops withdrew from the base.", "African Union Transition Mission in Somalia")]
    [InlineData("Ansar al-Sunna fighters raided the village.", "Ansar al-Sunna")]
    public void FindMentions_ProductDictionary_NamesRealActors(string text, string expected) =>
        Assert.Contains(expected, ActorDictionary.LoadEmbedded().FindMentions(text).Select(m => m.Actor.Name));

    private static ActorDictionary LoadJson(string json) => ActorDictionary.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Load_TwoEntriesWithOneCanonicalName_ThrowsNamingBoth()
    {
        const string json = """{"states":[{"name":"Georgia"}],"armedGroups":[{"name":"Upland Republic","alignedWith":"Georgia"}],"regions":[{"name":"upland republic","country":"Georgia"}]}""";
        var error = Assert.Throws<InvalidDataException>(() => LoadJson(json));
        Assert.Contains("'upland republic' is the canonical name of two entries", error.Message, StringComparison.Ordinal);
        Assert.Contains("armedGroups 'Upland Republic' and regions 'upland republic'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AliasThatIsAnotherEntrysName_Throws()
    {
        const string json = """{"states":[{"name":"Cyprus"}],"armedGroups":[{"name":"Northern Authority","aliases":["North Coast"],"alignedWith":"Cyprus"}],"regions":[{"name":"North Coast","country":"Cyprus"}]}""";
        var error = Assert.Throws<InvalidDataException>(() => LoadJson(json));
        Assert.Contains("alias 'North Coast' of 'Northern Authority' is the canonical name of regions 'North Coast'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AliasesDifferingOnlyByCase_ThrowsUnlessBothCaseSensitive()
    {
        const string plain = """{"armedGroups":[{"name":"River Front","aliases":["RFA"]},{"name":"Rifle Army","aliases":["RfA"]}]}""";
        var error = Assert.Throws<InvalidDataException>(() => LoadJson(plain));
        Assert.Contains("aliases 'RFA' of 'River Front' and 'RfA' of 'Rifle Army' differ only by case", error.Message, StringComparison.Ordinal);

        var dictionary = LoadJson("""{"armedGroups":[{"name":"River Front","caseSensitiveAliases":["RFA"]},{"name":"Rifle Army","caseSensitiveAliases":["RfA"]}]}""");
        Assert.Equal("River Front", dictionary.Find("RFA")?.Name);
        Assert.Equal("Rifle Army", dictionary.Find("RfA")?.Name);
        Assert.Null(dictionary.Find("rfa"));
        Assert.Equal(["Rifle Army", "River Front"], dictionary.FindMentions("RfA fighters met RFA fighters.").Select(m => m.Actor.Name));
    }

    [Theory]
    [InlineData("JEM fighters entered the town at dawn.", "Justice and Equality Movement")]
    [InlineData("A JeM cell claimed the attack on the convoy.", "Jaish-e-Mohammed")]
    public void FindMentions_ProductDictionary_TellsJemFromJemByCase(string text, string expected)
    {
        var dictionary = ActorDictionary.LoadEmbedded();
        Assert.Equal([expected], dictionary.FindMentions(text).Select(m => m.Actor.Name));
        Assert.Null(dictionary.Find("jem"));
    }
}
