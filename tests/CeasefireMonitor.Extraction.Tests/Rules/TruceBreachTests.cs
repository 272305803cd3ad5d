using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class TruceBreachTests
{
    [Theory]
    [InlineData("The Sudanese army and the RSF agreed a truce on 8 May. The RSF accused the army of violating the ceasefire on Sunday. Sudanese army jets bombed RSF positions in Omdurman on Tuesday.")]
    [InlineData("Indian and Pakistani commanders signed a ceasefire on 10 May. On Monday Pakistan said India had broken the truce. Indian and Pakistani troops exchanged fire along the Line of Control on Tuesday.")]
    public void Extract_FightingAfterATruceThePageReportsBreached_IsAViolation(string text)
    {
        var facts = TestActors.Extract(text);

        Assert.Contains(facts.OfType(EventType.CeasefireViolated), f => f.Report.OccurredOn.ToString() == "2024-05-14");
        Assert.DoesNotContain(facts.OfType(EventType.ClashReported), f => f.Report.OccurredOn.ToString() == "2024-05-14");
    }

    [Theory]
    // No breach reported: fighting after the signing may precede the truce's start.
    [InlineData("Indian and Pakistani commanders signed a ceasefire on 10 May, to take effect on Friday. Indian and Pakistani troops exchanged fire along the Line of Control on Tuesday.", "2024-05-14")]
    // Fighting before the truce stays a clash.
    [InlineData("Russian forces shelled Ukrainian positions near Kherson on 2 May. Russia and Ukraine agreed a ceasefire on 8 May, and on Tuesday Kyiv accused Moscow of breaching the truce.", "2024-05-02")]
    public void Extract_FightingNotAfterABreachedTruce_StaysAClash(string text, string day) =>
        Assert.Contains(TestActors.Extract(text).OfType(EventType.ClashReported), f => f.Report.OccurredOn.ToString() == day);

    [Theory]
    [InlineData("Sudan and the RSF agreed a truce on 8 May; RSF commanders, who negotiated the deal, said on Tuesday that the army had breached it twice.")]
    [InlineData("Ethiopia accepted the agreement in April, but TPLF leaders said on Tuesday that Ethiopian forces were violating it daily.")]
    public void Extract_BreachOfADealNamedByAPronoun_IsAViolation(string sentence) =>
        Assert.NotEmpty(TestActors.Extract(sentence).OfType(EventType.CeasefireViolated));

    [Fact]
    public void Extract_PronounBreachWithoutADeal_IsNoViolation() =>
        Assert.Empty(TestActors.Extract("Ethiopian officials said on Tuesday that TPLF fighters had entered the buffer zone and breached it.").OfType(EventType.CeasefireViolated));

    [Theory]
    [InlineData("Hamas fighters fired rockets at Israeli towns on Tuesday, their first attack since their truce with Israel began on Sunday.")]
    [InlineData("RSF fighters shelled Sudanese army positions in El Fasher on Tuesday, the first attack since its ceasefire with the army took hold.")]
    public void Extract_FightingSinceTheirOwnTruceBegan_IsAViolation(string sentence)
    {
        var facts = TestActors.Extract(sentence);

        Assert.Equal("2024-05-14", Assert.Single(facts.OfType(EventType.CeasefireViolated)).Report.OccurredOn.ToString());
        Assert.Empty(facts.OfType(EventType.ClashReported));
    }

    [Theory]
    [InlineData("Each side accused the other of breaking the truce within hours. Sudan said RSF fighters had shelled its positions in Omdurman on Tuesday.")]
    [InlineData("India and Pakistan traded charges of ceasefire violations on Tuesday. Indian officials said Pakistani posts had fired mortars at villages near Jammu.")]
    public void Extract_FightingToldRightAfterABreach_IsThatBreach(string text)
    {
        var facts = TestActors.Extract(text);

        Assert.Equal(2, facts.OfType(EventType.CeasefireViolated).Count);
        Assert.Empty(facts.OfType(EventType.ClashReported));
    }

    [Fact]
    public void Extract_FightingInTheNextParagraphAfterABreach_StaysAClash() =>
        Assert.NotEmpty(TestActors.Extract("Each side accused the other of breaking the truce within hours.\n\nSudan said RSF fighters had shelled its positions in Omdurman on Tuesday.").OfType(EventType.ClashReported));

    [Theory]
    [InlineData("The RSF accuses the Sudanese army of repeatedly violating the 2020 truce and of seizing villages in Darfur.")]
    [InlineData("Pakistan says India has routinely breached the 2003 ceasefire along the Line of Control.")]
    public void Extract_StandingChargeOfHabitualBreachesOfAnOldTruce_IsNoViolation(string sentence) =>
        Assert.Empty(TestActors.Extract(sentence).OfType(EventType.CeasefireViolated));

    [Fact]
    public void Extract_DatedChargeOfBreachingAnOldTruce_IsAViolation() =>
        Assert.NotEmpty(TestActors.Extract("Pakistan said India had breached the 2003 ceasefire along the Line of Control on Tuesday.").OfType(EventType.CeasefireViolated));
}
