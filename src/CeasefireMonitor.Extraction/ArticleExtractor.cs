using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction.Actors;

namespace CeasefireMonitor.Extraction;

/// <summary>Turns a news article about an armed conflict into reported facts. Stateless between calls, so thread-safe and reusable.</summary>
public sealed class ArticleExtractor(ActorDictionary actors)
{
    public const string Version = "1.0.0";

    private static readonly Lazy<ArticleExtractor> Default = new(() => new ArticleExtractor(ActorDictionary.LoadEmbedded()));

    /// <summary>The extractor over the embedded actor dictionary, loaded once per process.</summary>
    public static ArticleExtractor CreateDefault() => Default.Value;

    public IReadOnlyList<ReportedFact> Extract(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (string.IsNullOrWhiteSpace(article.Text)) return [];
        return new ArticleReader(actors, article).Read();
    }
}
