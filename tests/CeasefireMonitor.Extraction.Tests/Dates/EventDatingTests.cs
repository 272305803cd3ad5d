using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Dates;

/// <summary>Which of a sentence's dates an event takes: the one of its own clause, not the nearest one. Published Thursday 16 May 2024.</summary>
public class EventDatingTests
{
    private static string DateOf(string text, EventType type) =>
        Assert.Single(TestActors.Extract(text).OfType(type)).Report.OccurredOn.ToString();

    [Theory]
    [InlineData("Fighting between the RSF and the Sudanese army, which erupted in 2019, has killed more than 4,000 people.")]
    [InlineData("The war between the RSF and the Sudanese army, which broke out in April 2023 when the two forces turned their guns on each other in the capital, has killed more than 15,000 people.")]
    [InlineData("Sudanese army air strikes on RSF positions have killed at least 200 civilians in Darfur since March.")]
    [InlineData("More than 900 people have been killed in clashes between the RSF and the army since the war began after the siege of El Fasher in April 2023.")]
    [InlineData("RSF shelling has killed 40 civilians since Monday, the worst toll since the RSF and the army renewed their truce in February 2022.")]
    public void Extract_RunningTollBesideAnOlderDate_IsDatedWhenReported(string sentence) =>
        Assert.Equal("2024-05-16", DateOf(sentence, EventType.CasualtiesReported));

    [Theory]
    [InlineData("Kenya has hosted talks between the Sudanese army and the RSF since 4 March.", "2024-03-04")]
    [InlineData("Egypt and Qatar have acted as mediators between Israel and Hamas since the talks opened in 2023.", "2023")]
    [InlineData("Kenya has hosted talks between the Sudanese army and the RSF since January, though both still fight.", "2024-01")]
    public void Extract_MediationKeptUpSinceADate_IsDatedFromItsStart(string sentence, string expected) =>
        Assert.Equal(expected, DateOf(sentence, EventType.MediationOffered));

    [Fact]
    public void Extract_MediationBesideAnUnrelatedSince_IsNotDatedByIt()
    {
        var text = "The talks in Nairobi, hosted by Kenya, were the first between the Sudanese army and the RSF since the spring of 2023.";
        Assert.Equal("2024-05-16", DateOf(text, EventType.MediationOffered));
    }

    [Fact]
    public void Extract_TruceNamedInsideASinceClause_TakesThatClausesDate()
    {
        var text = "RSF drones struck Port Sudan on Tuesday, the deadliest attack on the Sudanese army since the truce took effect on 2 April.";
        Assert.Contains(TestActors.Extract(text).OfType(EventType.CeasefireAgreed), f => f.Report.OccurredOn.ToString() == "2024-04-02");
    }

    [Theory]
    [InlineData("Kenya, the chief mediator of the 2019 accord, said it was ready to mediate between the RSF and the Sudanese army.")]
    [InlineData("Egypt, a broker of the 2021 truce, offered to host talks between the RSF and the Sudanese army.")]
    public void Extract_MediationInTheMainClauseAndInAnAside_IsDatedByTheMainClause(string sentence) =>
        Assert.Equal("2024-05-16", DateOf(sentence, EventType.MediationOffered));

    [Theory]
    [InlineData("Sudanese army troops entered Omdurman on 8 May. The RSF counter-attacked the next day near the bridge.", "2024-05-09")]
    [InlineData("The Sudanese army shelled Omdurman on Sunday. The RSF struck back the following day.", "2024-05-13")]
    [InlineData("Sudanese army troops entered Omdurman on 8 May. A day later, the RSF attacked the airport.", "2024-05-09")]
    public void Extract_NextDay_CountsFromTheParagraphsLastDate(string text, string expected) =>
        Assert.Contains(TestActors.Extract(text).OfType(EventType.ClashReported), f => f.Report.OccurredOn.ToString() == expected);

    [Fact]
    public void Extract_ParticipleAsideAboutAName_DoesNotDateTheMainClause() =>
        Assert.Equal("2024-05-16", DateOf("Kenya's president, Ruto, re-elected last year after a close race, urged the RSF and the Sudanese army to halt the fighting.", EventType.CeasefireCalled));

    [Fact]
    public void Extract_OfferOfTalksOnAComingWeekday_IsDatedWhenMade() =>
        Assert.Equal("2024-05-16", DateOf("Kenya plans to host talks between the RSF and the Sudanese army in Nairobi on Saturday.", EventType.MediationOffered));

    [Fact]
    public void Extract_FightingKeptUpSinceAMonth_IsDatedFromItsStart() =>
        Assert.Contains(TestActors.Extract("The RSF, whose fighters have been battling the Sudanese army in Darfur since January, rejected the plan.").OfType(EventType.ClashReported), f => f.Report.OccurredOn.ToString() == "2024-01");

    [Theory]
    [InlineData("The RSF and the Sudanese army fought in Omdurman today, the heaviest fighting since 2019.")]
    [InlineData("The RSF and the Sudanese army fought in Omdurman today in the worst clashes since March.")]
    public void Extract_FightingComparedWithASinceDate_IsNotDatedByIt(string sentence) =>
        Assert.All(TestActors.Extract(sentence).OfType(EventType.ClashReported), f => Assert.Equal("2024-05-16", f.Report.OccurredOn.ToString()));

    private const string Lead = "NAIROBI, May 16 (Wire) - The Sudanese army said on Tuesday it had repelled an RSF assault on El Fasher.\n\n";

    [Theory]
    [InlineData("Kenya urged the RSF and the Sudanese army to halt the fighting.")]
    [InlineData("Egypt had earlier urged the RSF and the Sudanese army to halt the fighting.")]
    public void Extract_UndatedPastStatement_TakesTheLeadsNewsDayNotTheDateline(string sentence) =>
        Assert.Equal("2024-05-14", DateOf(Lead + sentence, EventType.CeasefireCalled));

    [Theory]
    [InlineData("Kenya says it is ready to host talks between the RSF and the Sudanese army.")]
    [InlineData("Kenya has offered to host talks between the RSF and the Sudanese army.")]
    public void Extract_UndatedPresentStatement_IsDatedAtPublication(string sentence) =>
        Assert.Equal("2024-05-16", DateOf(Lead + sentence, EventType.MediationOffered));

    [Fact]
    public void Extract_LeadDatedLongBefore_IsNoNewsDay() =>
        Assert.Equal("2024-05-16", DateOf("The RSF attacked El Fasher on 2 April.\n\nKenya urged the RSF and the Sudanese army to halt the fighting.", EventType.CeasefireCalled));

    [Theory]
    [InlineData("Kenya has urged the RSF and the Sudanese army to halt the fighting, and Egypt sent envoys to both on Monday.", "2024-05-16")]
    [InlineData("Kenya has urged the RSF and the Sudanese army to halt the fighting; Egypt sent envoys to both on Monday.", "2024-05-16")]
    [InlineData("Kenya urged the RSF and the Sudanese army on Monday to halt the fighting, and Egypt sent envoys.", "2024-05-13")]
    public void Extract_DateInALaterCoordinateClause_DatesThatClauseOnly(string sentence, string expected) =>
        Assert.Equal(expected, DateOf(sentence, EventType.CeasefireCalled));

    // Published Thursday 16 May 2024.
    [Theory]
    [InlineData("The RSF said on Wednesday that its fighters had shelled Sudanese army positions near El Obeid on Monday.", EventType.ClashReported, "2024-05-13")]
    [InlineData("Sudan's army told reporters in Port Sudan on Thursday that RSF drones struck a fuel depot in Kosti on Tuesday night.", EventType.ClashReported, "2024-05-14")]
    [InlineData("The Sudanese army announced late on Wednesday that 40 RSF fighters had surrendered to its units in Sennar on 12 May.", EventType.SurrenderDeclared, "2024-05-12")]
    [InlineData("Medics said on Wednesday that nine civilians were killed when RSF shells hit a market in Omdurman on Sunday.", EventType.CasualtiesReported, "2024-05-12")]
    public void Extract_StatementDatedApartFromTheEventItReports_TakesTheEventsDate(string sentence, EventType type, string expected) =>
        Assert.Contains(TestActors.Extract(EarlierFighting + sentence).OfType(type), f => f.Report.OccurredOn.ToString() == expected);

    [Theory]
    [InlineData("Egypt announced on Tuesday that the RSF and the Sudanese army had agreed to a truce starting at midnight on Friday.", EventType.CeasefireAgreed, "2024-05-14")]
    [InlineData("Sudan's health ministry said on Wednesday that 31 people had been killed in three days of RSF shelling, as a truce agreed on Monday appeared to hold.", EventType.CasualtiesReported, "2024-05-15")]
    [InlineData("The Sudanese army said on Tuesday that RSF fighters had attacked its base in Babanusa, and Kenya offered on Wednesday to host talks.", EventType.ClashReported, "2024-05-14")]
    public void Extract_StatementDateWithoutAnEventDateOfItsOwnClause_DatesTheEvent(string sentence, EventType type, string expected) =>
        Assert.Contains(TestActors.Extract(EarlierFighting + sentence).OfType(type), f => f.Report.OccurredOn.ToString() == expected);

    private const string EarlierFighting = "Sudanese army troops clashed with the RSF in El Fasher on 2 May.\n\n";

    [Fact]
    public void Extract_RunningTollSinceTheWarBegan_IsDatedWhenReported() =>
        Assert.Equal("2024-05-16", DateOf("More than 15,000 people have been killed in the war between the RSF and the Sudanese army that broke out on 15 April 2023.", EventType.CasualtiesReported));

    [Fact]
    public void Extract_TollCountingOnFromARunningToll_IsDatedWithIt()
    {
        var text = "More than 2,000 civilians were killed in the war between the RSF and the Sudanese army that began on 10 April. On the RSF side, 400 fighters died.";
        Assert.All(TestActors.Extract(text).OfType(EventType.CasualtiesReported), f => Assert.Equal("2024-05-16", f.Report.OccurredOn.ToString()));
    }

    [Theory]
    [InlineData("KHARTOUM, May 16 (Wire) - Sudanese army jets carried out a series of air strikes on RSF positions around the city of El Obeid on Tuesday, witnesses said.")]
    [InlineData("NEW DELHI/ISLAMABAD, 16 May 2024 (Agency) - Indian and Pakistani troops exchanged heavy fire along the Line of Control in the Poonch sector on Tuesday, officials said.")]
    public void Extract_DatelineFartherFromTheTriggerThanItsOwnDate_DoesNotDateTheEvent(string sentence) =>
        Assert.Equal("2024-05-14", Assert.Single(TestActors.Extract(sentence).OfType(EventType.ClashReported)).Report.OccurredOn.ToString());
}
