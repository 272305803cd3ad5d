using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class ClaimTests
{
    [Fact]
    public void Extract_PartyReport_IsClaimDisputedByNextSentence()
    {
        var text = "Indian and Pakistani troops exchanged fire in Kashmir on Monday. The Indian army said on Tuesday that Pakistani troops had shelled its posts. Pakistan dismissed the report as propaganda.";
        var claimed = TestActors.Extract(text).OfType(EventType.ClashReported).Single(f => f.Report.OccurredOn.ToString() == "2024-05-14");
        Assert.Equal("India", claimed.Report.Claim!.Claimant);
        Assert.Equal(["Pakistan"], claimed.Report.Claim.DisputedBy);
    }

    [Fact]
    public void Extract_AssertionDeniedBy_AddsDeniers()
    {
        var text = "Indian and Pakistani troops exchanged fire in Kashmir on Monday. Pakistan said on Tuesday that Indian drones had attacked a village, an assertion denied by the Indian government.";
        var claimed = TestActors.Extract(text).OfType(EventType.ClashReported).Single(f => f.Report.OccurredOn.ToString() == "2024-05-14");
        Assert.Equal("Pakistan", claimed.Report.Claim!.Claimant);
        Assert.Contains("India", claimed.Report.Claim.DisputedBy);
    }

    [Fact]
    public void Extract_ClaimedCasualties_AreClaimedByTheParty()
    {
        var text = "Indian and Pakistani troops exchanged fire in Kashmir on Monday. Pakistan is claiming the deaths of nearly a hundred soldiers and civilians.";
        var fact = Assert.Single(TestActors.Extract(text).OfType(EventType.CasualtiesReported));
        Assert.Equal("Pakistan", fact.Report.Claim!.Claimant);
        Assert.False(fact.Report.Claim.IsDisputed);
    }

    [Fact]
    public void Extract_NeutralSource_IsNoClaimant()
    {
        var text = "Indian and Pakistani troops exchanged fire in Kashmir on Monday, according to the United Nations.";
        Assert.Null(Assert.Single(TestActors.Extract(text).OfType(EventType.ClashReported)).Report.Claim);
    }

    [Theory]
    [InlineData("On Tuesday Pakistan accused India of violating the truce in Kashmir.")]
    [InlineData("The Pakistani army accused Indian troops on Tuesday of breaching the ceasefire near the border.")]
    public void Extract_Accusation_IsClaimDisputedByTheAccused(string sentence)
    {
        var text = "India and Pakistan agreed to a ceasefire on Sunday. " + sentence;
        var violation = Assert.Single(TestActors.Extract(text).OfType(EventType.CeasefireViolated));
        Assert.Equal("Pakistan", violation.Report.Claim!.Claimant);
        Assert.Equal(["India"], violation.Report.Claim.DisputedBy);
    }
}
