using System.Text;
using System.Text.Json;

namespace CeasefireMonitor.Application.Ingestion;

/// <summary>Reads articles from a JSON-lines file with news-please's field names.</summary>
public static class JsonLinesReader
{
    private sealed record NewsPleaseArticle(string? Title, string? Maintext, string? DatePublish, string? Url, string? SourceDomain);

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, PropertyNameCaseInsensitive = true };

    public static IEnumerable<SourceItem> Read(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Parse($"{Path.GetFileName(path)}:{number}", line);
        }
    }

    public static SourceItem Parse(string name, string line)
    {
        if (Encoding.UTF8.GetByteCount(line) > ArticleValidator.MaxBytes) return SourceItem.Unreadable(name, $"the line is over the limit of {ArticleValidator.MaxBytes:N0} bytes (2 MB)");
        NewsPleaseArticle? article;
        try { article = JsonSerializer.Deserialize<NewsPleaseArticle>(line, Options); }
        catch (JsonException ex) { return SourceItem.Unreadable(name, $"malformed JSON ({ex.Message})"); }
        if (article is null) return SourceItem.Unreadable(name, "the line is not a JSON object");
        return SourceItem.Article(new ArticleInput(name, Encoding.UTF8.GetBytes(article.Maintext ?? ""), article.DatePublish, article.Title, article.SourceDomain, article.Url));
    }
}
