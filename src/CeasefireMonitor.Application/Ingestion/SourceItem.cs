namespace CeasefireMonitor.Application.Ingestion;

/// <summary>One item read from a folder or a JSON-lines file: an article to ingest, or an input that could not be read, with why.</summary>
public sealed record SourceItem(string Name, ArticleInput? Input, string? Error)
{
    public static SourceItem Article(ArticleInput input) => new(input.Name, input, null);

    public static SourceItem Unreadable(string name, string error) => new(name, null, error);
}
