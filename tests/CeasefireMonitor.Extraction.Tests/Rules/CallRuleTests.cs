using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class CallRuleTests
{
    private const string Context = "Sudanese army troops clashed with the RSF in El Fasher on Tuesday. ";

    [Theory]
    [InlineData("Kenya called for an immediate ceasefire.", "Kenya")]
    [InlineData("The African Union urged both sides to halt the fighting.", "African Union")]
    [InlineData("Egypt and Qatar appealed for a cessation of hostilities.", "Egypt,Qatar")]
    [InlineData("The United States pressed the warring parties to agree to a truce.", "United States")]
    [InlineData("Guterres demanded an end to the fighting in Darfur.", "United Nations")]
    [InlineData("France, Egypt, and the United States called on Tuesday for restraint.", "France,Egypt,United States")]
    [InlineData("In a joint statement, Kenya and the AU requested the sides to cease hostilities immediately.", "Kenya,African Union")]
    [InlineData("The RSF proposed a ceasefire and talks with the army.", "Rapid Support Forces")]
    [InlineData("Kenya urged the two armies to step back and keep calm.", "Kenya")]
    [InlineData("Egypt urged both sides to refrain from further provocations.", "Egypt")]
    [InlineData("Qatar said it wanted an immediate truce.", "Qatar")]
    [InlineData("The RSF declared a unilateral truce on Tuesday.", "Rapid Support Forces")]
    [InlineData("The Sudanese army announced a ceasefire for the holiday.", "Sudan")]
    [InlineData("Blinken spoke to Sudan's Burhan by phone and called for an immediate truce.", "United States")]
    [InlineData("The Kenyan envoy for Sudan told reporters the mediators were seeking a cessation of hostilities.", "Kenya")]
    public void Extract_Call_ReportsCallersAsActors(string sentence, string callers)
    {
        var call = Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.CeasefireCalled));
        Assert.Equal(callers.Split(','), call.Report.Actors);
        Assert.Equal(new ConflictSides("Rapid Support Forces", "Sudan"), call.Report.Sides);
    }

    [Fact]
    public void Extract_JointCallFrom_FindsCallersAfterTheNoun()
    {
        var call = Assert.Single(TestActors.Extract("Fighting between Ethiopian troops and the TPLF continued today, despite a joint call from Kenya and Egypt for a ceasefire.").OfType(EventType.CeasefireCalled));
        Assert.Equal(["Kenya", "Egypt"], call.Report.Actors);
    }

    [Fact]
    public void Extract_PronounSubject_TakesPreviousSentencesActors()
    {
        var text = Context + "The Kenyan and Egyptian presidents spoke by phone. They agreed to press the Sudanese army and the RSF to enter into an immediate ceasefire.";
        var facts = TestActors.Extract(text);
        var call = Assert.Single(facts.OfType(EventType.CeasefireCalled));
        Assert.Equal(["Kenya", "Egypt"], call.Report.Actors);
        Assert.Empty(facts.OfType(EventType.CeasefireAgreed));
    }

    [Theory]
    [InlineData("The RSF rejected calls for a truce.")]
    [InlineData("IGAD has yet to call for a ceasefire.")]
    [InlineData("Kenya did not call for a ceasefire.")]
    [InlineData("Egypt will consider calling for a truce.")]
    [InlineData("The RSF called the raid a violation of the truce.")]
    [InlineData("Kenya and Egypt endorsed an accord, known as the Nairobi text, which called for a truce from Friday.")]
    [InlineData("The Kenyan proposal before the two armies would have extended the truce by a month.")]
    public void Extract_NegatedOrFutureCall_ReportsNoCall(string sentence) =>
        Assert.Empty(TestActors.Extract(Context + sentence).OfType(EventType.CeasefireCalled));

    [Fact]
    public void Extract_RoadmapABodyAdopted_IsThatBodysCall() =>
        Assert.Equal(["African Union"], Assert.Single(TestActors.Extract(Context + "The African Union adopted a roadmap that demands that both forces cease all hostilities.").OfType(EventType.CeasefireCalled)).Report.Actors);

    [Fact]
    public void Extract_GovernmentAfterACommaClause_IsThePagesState()
    {
        var text = "Ethiopian troops fought the TPLF for months. In March, after the TPLF retook towns in Tigray, the government declared a unilateral truce.";
        Assert.Equal(["Ethiopia"], Assert.Single(TestActors.Extract(text).OfType(EventType.CeasefireCalled)).Report.Actors);
    }

    [Theory]
    [InlineData("Egypt has long denied supplying the RSF, and its foreign minister pressed for a truce.", "Egypt")]
    [InlineData("Qatar still funds the RSF, but its emir called for a truce.", "Qatar")]
    public void Extract_PossessiveSubjectOfALaterClause_IsTheFirstClausesSubject(string sentence, string caller) =>
        Assert.Equal([caller], Assert.Single(TestActors.Extract(Context + sentence).OfType(EventType.CeasefireCalled)).Report.Actors);

    [Fact]
    public void Extract_DateInAnAsideAboutTheCaller_DoesNotDateTheCall()
    {
        var text = "Sudanese troops clashed with the RSF on Monday. Kenya's President Ruto, who chairs the regional bloc this year, urged both sides to stand down on Tuesday.";
        Assert.Equal("2024-05-14", Assert.Single(TestActors.Extract(text).OfType(EventType.CeasefireCalled)).Report.OccurredOn.ToString());
    }
}
