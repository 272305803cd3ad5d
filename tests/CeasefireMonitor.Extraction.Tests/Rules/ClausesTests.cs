using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Rules;
using CeasefireMonitor.Extraction.Tests.Patterns;

namespace CeasefireMonitor.Extraction.Tests.Rules;

/// <summary>A clause's end, answered from the sentence's boundaries found once, is where a search for the next boundary from that position stops.</summary>
public class ClausesTests
{
    // The one boundary pattern: the alternation of the options the boundaries are matched with.
    private static readonly Regex Boundary = new(string.Join("|", Clauses.BoundaryOptions.Select(o => $"(?:{o})")), RegexOptions.IgnoreCase);

    [Theory]
    [InlineData("The army said, while the rebels claimed, that fighting went on; witnesses disagreed.")]
    [InlineData("Talks resumed, and the envoy, who arrived on Monday, said that both sides would meet.")]
    [InlineData("No boundary here at all")]
    public void EndOf_EveryPosition_IsTheNextBoundaryFromThere(string sentence)
    {
        for (var position = 0; position <= sentence.Length + 1; position++)
            Assert.Equal(Searched(sentence, position), Clauses.EndOf(sentence, position));
    }

    [Fact]
    public void EndOf_EverySeedAndEvalSentence_IsTheNextBoundaryFromThere()
    {
        var checkedPositions = 0;
        foreach (var text in KeywordGateTests.Texts().Where(t => t.Length < 400))
            for (var position = 0; position <= text.Length; position += 7, checkedPositions++)
                Assert.Equal(Searched(text, position), Clauses.EndOf(text, position));
        Assert.True(checkedPositions > 10_000);
    }

    private static int Searched(string sentence, int position) =>
        Boundary.Match(sentence, Math.Min(position, sentence.Length)) is { Success: true } m ? m.Index : sentence.Length;
}
