using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class CaptureRuleTests
{
    [Theory]
    [InlineData("On Tuesday, RSF fighters entered the regional capital El Fasher as Sudanese troops pulled back.", "Rapid Support Forces", "Sudan")]
    [InlineData("Troops of the TPLF entered the city of Mekelle on Tuesday after Ethiopian units left.", "Tigray People's Liberation Front", "Ethiopia")]
    [InlineData("Sudanese troops took El Fasher on Tuesday, and the RSF withdrew to the west.", "Sudan", "Rapid Support Forces")]
    [InlineData("On Tuesday the RSF took Port Sudan, the Sudanese army said.", "Rapid Support Forces", "Sudan")]
    [InlineData("Ethiopian forces have taken Mekelle and the TPLF has withdrawn, the army said on Tuesday.", "Ethiopia", "Tigray People's Liberation Front")]
    public void Extract_ForceEnteringOrTakingAPlace_ReportsACapture(string sentence, string a, string b)
    {
        var clash = Assert.Single(TestActors.Extract(sentence).OfType(EventType.ClashReported));
        Assert.Equal(new HashSet<string> { a, b }, new HashSet<string> { clash.Report.Sides.A, clash.Report.Sides.B });
        Assert.Equal("2024-05-14", clash.Report.OccurredOn.ToString());
    }

    [Theory]
    [InlineData("The new Sudanese prime minister took office on Tuesday while the RSF watched.")]
    [InlineData("Sudanese officers took part in a workshop with RSF delegates on Tuesday.")]
    [InlineData("The RSF took note of the Sudanese proposal on Tuesday.")]
    [InlineData("Burhan took time on Tuesday to meet RSF elders.")]
    [InlineData("Burhan took Tuesday off, and Hemedti stayed in Darfur.")]
    [InlineData("Aid convoys entered the regional capital El Fasher on Tuesday as RSF and Sudanese officers watched.")]
    [InlineData("Burhan took Hemedti aside on Tuesday.")]
    public void Extract_TookOrEnteredWithoutACapture_ReportsNoClash(string sentence) =>
        Assert.Empty(TestActors.Extract(sentence).OfType(EventType.ClashReported));
}
