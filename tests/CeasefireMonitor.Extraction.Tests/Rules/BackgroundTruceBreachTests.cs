using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class BackgroundTruceBreachTests
{
    [Theory]
    [InlineData("Mortar fire has kept hitting Sudanese army lines near El Fasher in breach of the truce declared on 2 May, RSF officers said.")]
    [InlineData("The RSF said Sudanese jets were violating the ceasefire that took effect on 2 May.")]
    [InlineData("Sudan accused the RSF of breaking the truce agreed between them on 2 May.")]
    public void Extract_BreachOfATruceDatedByItsOwnClause_IsNotDatedByIt(string sentence)
    {
        var violation = Assert.Single(TestActors.Extract(sentence).OfType(EventType.CeasefireViolated));

        Assert.NotEqual("2024-05-02", violation.Report.OccurredOn.ToString());
    }

    [Theory]
    [InlineData("Sudan and the RSF met in Jeddah in March. Several truces agreed in the spring broke down within days.")]
    [InlineData("Sudan and the RSF met in Jeddah in March. Previous ceasefires between the two forces collapsed soon afterwards.")]
    [InlineData("Sudan and the RSF met in Jeddah in March. A string of short truces was broken within hours.")]
    public void Extract_EarlierTrucesCollapsingWithoutADate_IsNoViolation(string text) =>
        Assert.Empty(TestActors.Extract(text).OfType(EventType.CeasefireViolated));

    [Theory]
    [InlineData("The RSF's cessation of hostilities with the Sudanese army, signed in Jeddah last December, was broken within days.", "2023-12")]
    [InlineData("Earlier truces with the RSF collapsed in March 2024, Sudanese officials said.", "2024-03")]
    public void Extract_TruceCollapseWithItsOwnDate_IsAViolationThen(string sentence, string date) =>
        Assert.Contains(TestActors.Extract(sentence).OfType(EventType.CeasefireViolated), f => f.Report.OccurredOn.ToString() == date);

    [Fact]
    public void Extract_CurrentTruceCollapse_IsStillAViolation() =>
        Assert.NotEmpty(TestActors.Extract("The RSF's truce with the Sudanese army collapsed within hours on Tuesday.").OfType(EventType.CeasefireViolated));
    [Theory]
    [InlineData("Indian and Pakistani troops traded artillery fire in Uri on Tuesday, the sharpest test of a 2003 ceasefire in a decade.")]
    [InlineData("Sudanese jets bombed RSF camps on Tuesday, straining the truce brokered in Jeddah.")]
    [InlineData("Shelling between Sudan's army and the RSF went on for days after the truce was supposed to take effect on Tuesday.")]
    [InlineData("RSF drones struck Sudanese army depots on Tuesday in what officers called a threat to the ceasefire.")]
    public void Extract_FightingCalledATestOfTheTruce_IsAViolationNotAnAgreement(string sentence)
    {
        var facts = TestActors.Extract(sentence);

        Assert.NotEmpty(facts.OfType(EventType.CeasefireViolated));
        Assert.Empty(facts.OfType(EventType.CeasefireAgreed));
        Assert.Empty(facts.OfType(EventType.ClashReported));
    }

    [Fact]
    public void Extract_TruceTestedWithoutFighting_IsNoViolation() =>
        Assert.Empty(TestActors.Extract("Sudan and the RSF face a first test of the truce when aid convoys reach El Fasher next week.").OfType(EventType.CeasefireViolated));
}
