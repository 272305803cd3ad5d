using CeasefireMonitor.Extraction.Segmentation;

namespace CeasefireMonitor.Extraction.Tests.Segmentation;

public class SentenceSplitterTests
{
    private static List<string> Split(string text) =>
        [.. SentenceSplitter.Split(text, 0, text.Length).Select(s => text.Substring(s.Start, s.Length))];

    [Theory]
    [InlineData("The U.S. envoy met Gen. Burhan in Port Sudan. He urged calm.", 2)]
    [InlineData("Mr. Abiy and Dr. Tedros spoke on Jan. 5 about Tigray. Talks followed.", 2)]
    [InlineData("The U.N. said 2.5 million people had fled. Aid was blocked.", 2)]
    [InlineData("Lt. Col. J. Smith of St. Louis arrived. He left.", 2)]
    [InlineData("\"We will not surrender.\" The commander then left.", 2)]
    [InlineData("“Stop the fighting,” he said. The army refused.", 2)]
    [InlineData("Is a truce near? Officials doubt it! Talks resume today.", 3)]
    public void Split_NewsCopy_KeepsAbbreviationsDecimalsAndQuotesInside(string text, int count) =>
        Assert.Equal(count, Split(text).Count);

    [Fact]
    public void Split_QuoteWithClosingPunctuation_EndsAfterTheQuote() =>
        Assert.Equal("\"We will not surrender.\"", Split("\"We will not surrender.\" The commander then left.")[0]);
}
