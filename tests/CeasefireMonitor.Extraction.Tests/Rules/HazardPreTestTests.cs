using CeasefireMonitor.Extraction.Facts;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

/// <summary>The hazard words looked for before the right-to-left hazard pattern pass every text the pattern matches.</summary>
public class HazardPreTestTests
{
    private static readonly string[] Written =
    [
        "The earthquake that struck the valley left 300 dead.", "Floods and mudslides killed dozens", "A CYCLONE, then heavy FLOODING, killed 40",
        "Two volcanic eruptions buried the village", "The heatwaves of June killed hundreds", "A typhoon and its storms left 12 dead",
        "The earthqua\u212Ae killed 90", "An avalanche-proof shelter held", "Landslides cut the road; tsunamis were feared", "Hurricanes rarely reach the coast",
    ];

    [Fact]
    public void MayNameAHazard_EveryHeadThePatternMatches_Passes()
    {
        var matched = 0;
        foreach (var text in SeedArticles.LinesWith(Written))
            foreach (var end in SeedArticles.HeadLengths(text))
            {
                var head = text.AsSpan(0, end);
                if (!CasualtyReader.NaturalHazard().IsMatch(head)) continue;
                Assert.True(CasualtyReader.MayNameAHazard(head), head.ToString());
                matched++;
            }
        Assert.True(matched > 30, $"{matched} heads name a hazard");
    }

    [Fact]
    public void MayNameAHazard_TextWithoutHazardWords_Refuses() =>
        Assert.False(CasualtyReader.MayNameAHazard("Shelling killed 12 soldiers near the border on Monday."));
}
