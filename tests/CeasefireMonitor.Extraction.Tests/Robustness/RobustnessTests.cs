using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Robustness;

public class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  \r\n ")]
    [InlineData("The weather in Nairobi was mild and markets were calm.")]
    [InlineData("....!!!???,,,;;;\"\"\"")]
    [InlineData("1/1/1 99/99/9999 2020-13-45 31 February 31/02/2020")]
    public void Extract_OddInput_GivesNothingWithoutThrowing(string text) =>
        Assert.Empty(TestActors.Extract(text));

    [Fact]
    public void Extract_BinaryGarbage_DoesNotThrow()
    {
        var random = new Random(7);
        var chars = Enumerable.Range(0, 50_000).Select(_ => (char)random.Next(0, 0xD7FF)).ToArray();
        var text = new string(chars) + " Sudanese troops clashed with the RSF on Tuesday.";
        _ = TestActors.Extract(text);
    }

    [Fact]
    public void Extract_SameArticleInParallel_GivesSameFacts()
    {
        var text = "Sudanese army troops clashed with the RSF in El Fasher on Tuesday. Kenya called for a ceasefire.";
        var results = Enumerable.Range(0, 16).AsParallel().Select(_ => FactFormat.Lines(TestActors.Extract(text))).Distinct().ToList();
        Assert.Single(results);
    }
}
