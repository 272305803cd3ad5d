using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

/// <summary>Surrenders and declared ends: what counts as one, what only offers, asks for or awaits one, and the days they take.</summary>
public class SurrenderAndEndRuleTests
{
    private const string Colombia = "Colombian troops and ELN fighters clashed in Arauca on Monday. ";

    [Theory]
    [InlineData("The ELN said on Tuesday that it had decided to silence its guns after the loss of its last camps.")]
    [InlineData("About 200 ELN fighters handed themselves over to the army in Arauca on Tuesday.")]
    public void Extract_SurrenderInOtherWords_ReportsSurrender(string sentence) =>
        Assert.Equal("2024-05-14", Assert.Single(TestActors.Extract(Colombia + sentence).OfType(EventType.SurrenderDeclared)).Report.OccurredOn.ToString());

    [Theory]
    [InlineData("The army said the ELN holdouts were offered only the choice of surrender.")]
    [InlineData("Petro said on Tuesday that the rebels had been given one last chance to surrender their rifles.")]
    [InlineData("Army officers urged the ELN units still in the jungle to hand themselves in.")]
    [InlineData("Petro said the paramilitaries would have to hand their weapons over to the state.")]
    public void Extract_SurrenderOfferedOrDemanded_ReportsNoSurrender(string sentence) =>
        Assert.Empty(TestActors.Extract(Colombia + sentence).OfType(EventType.SurrenderDeclared));

    [Theory]
    [InlineData("Petro declared on Tuesday that the war against the ELN was over.")]
    [InlineData("Petro declared victory over the ELN on Tuesday.")]
    [InlineData("Petro announced on Tuesday that the ELN had lost the last of its territory in Arauca.")]
    public void Extract_EndByDeclaration_ReportsHostilitiesEnded(string sentence) =>
        Assert.Equal("2024-05-14", Assert.Single(TestActors.Extract(Colombia + sentence).OfType(EventType.HostilitiesEnded)).Report.OccurredOn.ToString());

    [Theory]
    [InlineData("Petro declared victory in the election on Tuesday as ELN commanders watched.")]
    [InlineData("The ELN has not said that the war is over.")]
    [InlineData("Bogota has asked the ELN, through Cuban diplomats, to confirm that hostilities have ceased in every province.")]
    [InlineData("Officials said an end of the conflict would be declared only once the ELN handed over its weapons.")]
    [InlineData("A peace accord is to be signed in Havana next month, ELN envoys said.")]
    public void Extract_EndNotAsserted_ReportsNoEnd(string sentence) =>
        Assert.DoesNotContain(TestActors.Extract(Colombia + sentence), f => f.Type is EventType.HostilitiesEnded or EventType.CeasefireAgreed or EventType.SurrenderDeclared);

    [Fact]
    public void Extract_EndTheDayBeforeAParade_IsCountedBackFromTheParade()
    {
        var facts = TestActors.Extract("Colombian troops paraded in Bogota on Wednesday, a day after Petro declared that the war against the ELN was over.");
        Assert.Equal("2024-05-14", Assert.Single(facts.OfType(EventType.HostilitiesEnded)).Report.OccurredOn.ToString());
    }

    [Fact]
    public void Extract_PromiseToThoseWhoSurrendered_ReportsNoSurrender() =>
        Assert.Empty(TestActors.Extract(Colombia + "Petro guaranteed on Tuesday that those who surrendered would be treated in line with the law.").OfType(EventType.SurrenderDeclared));

    [Theory]
    [InlineData("The ELN said on Tuesday it was ready to stop attacks on oil pipelines for 30 days if the army did the same.")]
    [InlineData("The ELN offered an immediate ceasefire on Tuesday.")]
    [InlineData("Petro on Tuesday ordered his troops to halt operations against the ELN for 48 hours.")]
    public void Extract_OfferedOrOrderedHalt_ReportsCall(string sentence)
    {
        var call = Assert.Single(TestActors.Extract(Colombia + sentence).OfType(EventType.CeasefireCalled));
        Assert.Equal("2024-05-14", call.Report.OccurredOn.ToString());
    }

    [Fact]
    public void Extract_OfferToMediate_StaysAMediation()
    {
        var facts = TestActors.Extract(Colombia + "Kenya offered to mediate a ceasefire between Bogota and the ELN on Tuesday.");
        Assert.Empty(facts.OfType(EventType.CeasefireCalled));
        Assert.Single(facts.OfType(EventType.MediationOffered));
    }

    [Fact]
    public void Extract_MonthlyTallyReportedOnADay_IsDatedWhenReported()
    {
        var toll = Assert.Single(TestActors.Extract(Colombia + "The UN said on Tuesday that 41 civilians had been killed in violence across Colombia in April.").OfType(EventType.CasualtiesReported));
        Assert.Equal("2024-05-14", toll.Report.OccurredOn.ToString());
    }

    [Theory]
    [InlineData("Colombia lost the opening clash of the World Cup qualifiers to Ecuador as ELN envoys watched.")]
    [InlineData("Aid groups in ELN-held Arauca said they were fighting cholera and measles.")]
    public void Extract_SportOrDisease_ReportsNoClash(string sentence) =>
        Assert.DoesNotContain(TestActors.Extract(Colombia + sentence).OfType(EventType.ClashReported), c => c.Report.Evidence.Sentence.Contains(sentence[..20], StringComparison.Ordinal));

    [Theory]
    [InlineData("The ELN captured the Arauca garrison on Tuesday after 300 soldiers surrendered there.", "Colombia")]
    [InlineData("Last week Colombian troops seized the camp, after about 40 fighters, including two commanders, laid down their arms.", "ELN")]
    public void Extract_UnnamedForcesSurrenderingToTheCaptor_AreTheCaptorsEnemy(string sentence, string surrendering) =>
        Assert.Equal([surrendering], Assert.Single(TestActors.Extract("Colombia's war with the ELN has spread across Arauca. " + sentence).OfType(EventType.SurrenderDeclared)).Report.Actors);

    [Fact]
    public void Extract_NamedForcesSurrenderingAfterACapture_AreThemselves() =>
        Assert.Equal(["Colombia"], Assert.Single(TestActors.Extract("The ELN captured the Arauca garrison on Tuesday after Colombian soldiers surrendered there.").OfType(EventType.SurrenderDeclared)).Report.Actors);
}
