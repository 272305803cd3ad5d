using CeasefireMonitor.Extraction.Dates;
using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Dates;

/// <summary>Reading present verbs word by word answers what the pattern answers, on every head of my sentences and of every seed and eval page.</summary>
public class NewsTenseTests
{
    private static readonly string[] Written =
    [
        "The envoy SAYS the truce is holding.", "\"It's been quiet,\" he said, and it's  been calm; it'S BEEN calmer since.", "The army said it would continue to fight",
        "Rebels vowed to remain in the town_is", "Talks DO not resume; 'is' remains", "Aid has_arrived and donors have given", "Hé is here", "Troops \u212Aeep the 3is",
    ];

    [Fact]
    public void Narrated_EveryHead_AgreesWithThePattern()
    {
        var texts = SeedArticles.LinesWith(Written);
        var (narrated, other) = (0, 0);
        foreach (var text in texts)
            foreach (var end in SeedArticles.HeadLengths(text))
            {
                var head = text.AsSpan(0, end);
                var expected = NewsTense.NarratedByPattern(head);
                Assert.True(expected == NewsTense.Narrated(head), head.ToString());
                if (expected) narrated++; else other++;
            }
        Assert.True(narrated > 100 && other > 100, $"{narrated} narrated and {other} other heads");
    }
}
