using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class RestatedAndBackgroundFightingTests
{
    private const string Kashmir = "Indian and Pakistani troops exchanged fire along the Line of Control on Monday. ";

    [Theory]
    [InlineData("The clashes followed the arrest of two Pakistani smugglers by Indian police on Sunday.")]
    [InlineData("These skirmishes came days after Pakistan's army chief visited Indian border posts on Saturday.")]
    [InlineData("The latest fighting was triggered by a mine blast that hit an Indian patrol on Sunday.")]
    [InlineData("Pakistan says its shelling was a response to Indian drone flights on Sunday.")]
    public void Extract_RestatedFightingAndWhatCameBefore_ReportsNoSecondClash(string sentence)
    {
        var clashes = TestActors.Extract(Kashmir + sentence).OfType(EventType.ClashReported).ToList();

        Assert.Equal("2024-05-13", Assert.Single(clashes).Report.OccurredOn.ToString());
    }

    [Fact]
    public void Extract_UndefiniteFightingThatFollowedAnEvent_IsStillAClash() =>
        Assert.Contains(TestActors.Extract("Fighting between Indian and Pakistani troops followed the vote in Kashmir on Sunday.").OfType(EventType.ClashReported),
            f => f.Report.OccurredOn.ToString() == "2024-05-12");

    [Theory]
    [InlineData("Qatar has been mediating between Sudan and the RSF since the first days of the fighting.")]
    [InlineData("Egypt has hosted Sudanese and RSF envoys since the very beginning of the war.")]
    public void Extract_PartOfTheFightingNamedAsATime_ReportsNoClash(string sentence) =>
        Assert.Empty(TestActors.Extract(sentence).OfType(EventType.ClashReported));

    [Theory]
    [InlineData("The accord between Sudan and the RSF comes after a month of the worst violence in Darfur.")]
    [InlineData("The ceasefire between India and Pakistan took effect after a week of heavy shelling along the frontier.")]
    [InlineData("A two-week reduction in violence agreed by India and Pakistan began on Tuesday.")]
    public void Extract_SinglePeriodATruceCloses_ReportsNoClash(string sentence) =>
        Assert.Empty(TestActors.Extract(sentence).OfType(EventType.ClashReported));

    [Theory]
    [InlineData("Sudanese troops stormed an RSF base near El Obeid on Tuesday.")]
    [InlineData("A shootout between Sudanese police and RSF fighters broke out in Omdurman on Tuesday.")]
    [InlineData("Sudanese artillery pounded RSF positions in Bahri on Tuesday.")]
    [InlineData("On Tuesday the RSF drove Sudanese army units out of the refinery.")]
    [InlineData("Sudanese soldiers and RSF fighters traded sniper fire in Khartoum on Tuesday.")]
    public void Extract_AssaultsAndFirefights_ReportAClash(string sentence) =>
        Assert.Contains(TestActors.Extract(sentence).OfType(EventType.ClashReported), f => f.Report.OccurredOn.ToString() == "2024-05-14");

    [Theory]
    [InlineData("The Sudanese envoy stormed out of the talks with the RSF on Tuesday.")]
    [InlineData("Sudanese and RSF delegates were pounding the table in Jeddah on Tuesday.")]
    public void Extract_FigurativeStormingAndPounding_ReportsNoClash(string sentence) =>
        Assert.Empty(TestActors.Extract(sentence).OfType(EventType.ClashReported));
    [Theory]
    [InlineData("India said on Tuesday that a border guard had been killed by cross-border Pakistani fire near Jammu.")]
    [InlineData("Mortar fire from Sudanese army lines hit RSF trenches near Bahri on Tuesday.")]
    [InlineData("Two RSF fighters died under tank fire from Sudanese units on Tuesday.")]
    public void Extract_FireNamedByItsWeaponOrItsProvocation_ReportsAClash(string sentence) =>
        Assert.Contains(TestActors.Extract(sentence).OfType(EventType.ClashReported), f => f.Report.OccurredOn.ToString() == "2024-05-14");

    [Fact]
    public void Extract_AFireEngineOrAFire_ReportsNoClash() =>
        Assert.Empty(TestActors.Extract("Sudanese tank fire brigades and RSF volunteers put out a fire at a market in Omdurman on Tuesday.").OfType(EventType.ClashReported));
}
