using CeasefireMonitor.Extraction.Dates;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Dates;

/// <summary>Reading words by hand answers what the pattern answers, on every head of my sentences and of every seed and eval page.</summary>
public class PastVerbsTests
{
    private static readonly string[] Written =
    [
        "The envoy SAID the truce held.", "Talks are continuing and troops are needed", "The 123ed unit_ed moved", "Rebels embedded", "Forces speeding up",
        "Militias ré-armed overnight", "The army TOO\u212A the town", "She led them; he fled.", "Aid was shared",
    ];

    [Fact]
    public void In_EveryHead_AgreesWithThePattern()
    {
        var texts = SeedArticles.LinesWith(Written);
        var (past, other) = (0, 0);
        foreach (var text in texts)
            foreach (var end in SeedArticles.HeadLengths(text))
            {
                var head = text.AsSpan(0, end);
                var expected = PastVerbs.Pattern().IsMatch(head);
                Assert.True(expected == PastVerbs.In(head), head.ToString());
                if (expected) past++; else other++;
            }
        Assert.True(past > 100 && other > 100, $"{past} past and {other} other heads");
    }
}
