using System.Globalization;
using System.Text;
using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Extraction;

namespace CeasefireMonitor.Benchmarks.Corpus;

/// <summary>One generated article, ready for the extractor or for ingestion.</summary>
public sealed record SyntheticArticle(string Name, string Title, string Text, DateOnly PublishedOn)
{
    public ArticleText ToArticleText() => new(Name, Text, PublishedOn, Title, DateOrder.Unknown);

    public ArticleInput ToInput() =>
        new(Name, Encoding.UTF8.GetBytes(Text), PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Title, "synthetic");
}
