using System.Text.Json;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Benchmarks.Corpus;
using CeasefireMonitor.Benchmarks.Replay;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction;

namespace CeasefireMonitor.Benchmarks.CorpusEvents;

/// <summary>
/// corpus-events [--articles 1000] [--seed 1729]: the extractor's facts for every synthetic article, one JSON line per article,
/// so a change meant to leave extraction alone (a speed-up) can be checked byte for byte against the output before it.
/// </summary>
public static class CorpusEventsCommand
{
    public static int Run(string[] args)
    {
        var options = CommandOptions.Parse(args);
        options.RejectUnknown("articles", "seed");
        var extractor = ArticleExtractor.CreateDefault();
        using var output = new StreamWriter(Console.OpenStandardOutput());
        foreach (var article in SyntheticCorpus.Stream(options.Int("articles", 1_000), options.Int("seed", SyntheticCorpus.DefaultSeed)))
        {
            var facts = extractor.Extract(article.ToArticleText());
            output.WriteLine(JsonSerializer.Serialize(new ArticleFacts(article.Name, facts), EventJson.Options));
        }
        return 0;
    }

    private sealed record ArticleFacts(string Name, IReadOnlyList<ReportedFact> Facts);
}
