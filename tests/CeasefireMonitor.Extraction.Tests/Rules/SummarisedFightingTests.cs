using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Rules;

public class SummarisedFightingTests
{
    [Theory]
    [InlineData("The RSF fought a two-year civil war against the Sudanese army before the Jeddah talks opened.")]
    [InlineData("India and Pakistan fought a brief war in 1971 that ended with a ceasefire.")]
    [InlineData("Ethiopian commanders held a parade in Mekelle after a five-month battle with the TPLF.")]
    [InlineData("Fighting between Ethiopian troops and the TPLF dragged on for months around Mekelle.")]
    [InlineData("The shelling between Indian and Pakistani posts went on for several weeks.")]
    public void Extract_AWholeWarOrALongStretchOfIt_ReportsNoClash(string sentence) =>
        Assert.Empty(TestActors.Extract(sentence).OfType(EventType.ClashReported));

    [Theory]
    [InlineData("Ethiopian troops and the TPLF have fought a bitter war since November.", "2023-11")]
    [InlineData("Shelling between Indian and Pakistani posts continued for hours on Tuesday.", "2024-05-14")]
    public void Extract_AWarKeptUpSinceADateOrFightingOfADay_IsAClash(string sentence, string day) =>
        Assert.Contains(TestActors.Extract(sentence).OfType(EventType.ClashReported), f => f.Report.OccurredOn.ToString() == day);

    [Theory]
    [InlineData("Colombia's defence minister froze the dialogue with the ELN last month, accusing its commanders of ordering attacks on police.")]
    [InlineData("Sudan recalled its envoy from Nairobi, blaming the RSF for the attacks on Darfur camps.")]
    public void Extract_AnAccusationGivenAsTheMotiveOfAStep_ReportsNoClash(string sentence) =>
        Assert.Empty(TestActors.Extract(sentence).OfType(EventType.ClashReported));

    [Fact]
    public void Extract_AnAccusationThatIsTheSentencesReport_IsAClash() =>
        Assert.Contains(TestActors.Extract("Sudan accused the RSF of attacking its bases in Darfur on Tuesday.").OfType(EventType.ClashReported),
            f => f.Report.OccurredOn.ToString() == "2024-05-14");

    [Theory]
    [InlineData("Cricket tours between India and Pakistan were cancelled once the Indian air strikes started.")]
    [InlineData("Flights to Khartoum stopped when the RSF offensive started.")]
    public void Extract_TheOnsetOfFightingToldAsATime_ReportsNoClash(string sentence) =>
        Assert.Empty(TestActors.Extract(sentence).OfType(EventType.ClashReported));

    [Fact]
    public void Extract_FightingThatWouldStopOnLandAndInTheAir_ReportsNoClash() =>
        Assert.Empty(TestActors.Extract("Under the RSF's plan, all fighting on land and in the air would stop for a week, Sudan said.").OfType(EventType.ClashReported));

    [Theory]
    [InlineData("Large battles between Russian and Ukrainian troops ended, but nightly shelling went on.")]
    [InlineData("Villagers in Darfur describe near-daily shelling by the RSF and Sudanese artillery.")]
    public void Extract_HabitualFightingWithoutADay_ReportsNoClash(string sentence) =>
        Assert.Empty(TestActors.Extract(sentence).OfType(EventType.ClashReported));

    [Fact]
    public void Extract_HabitualFightingOnADay_IsAClash() =>
        Assert.Contains(TestActors.Extract("Daily shelling by Russian forces hit three Ukrainian towns on Tuesday.").OfType(EventType.ClashReported),
            f => f.Report.OccurredOn.ToString() == "2024-05-14");

    [Theory]
    [InlineData("For Sudan, the past week brought the heaviest RSF attack on army bases since the 2019 uprising, which toppled Bashir in April 2019.")]
    [InlineData("Kyiv called it the largest Russian drone attack on Ukrainian cities since the invasion, which began in February 2022.")]
    [InlineData("It was the worst fighting between Indian and Pakistani troops since the two armies renewed their truce, which they did in February 2021.")]
    public void Extract_FightingComparedWithWhatCameSince_IsNotDatedByIt(string sentence) =>
        Assert.Equal("2024-05-16", Assert.Single(TestActors.Extract(sentence).OfType(EventType.ClashReported)).Report.OccurredOn.ToString());
}
