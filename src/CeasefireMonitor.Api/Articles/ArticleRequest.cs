using System.Text;
using System.Text.Json;
using CeasefireMonitor.Application.Ingestion;

namespace CeasefireMonitor.Api.Articles;

/// <summary>Turns a POST body into an article: {title, text, published, source, url}, or one news-please JSON line (maintext, date_publish…).</summary>
public static class ArticleRequest
{
    private sealed record Body(string? Title, string? Text, string? Published, string? Source, string? Url);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <returns>The input, or the field at fault and why.</returns>
    public static (ArticleInput? Input, string Field, string? Error) Parse(byte[] body)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(body); }
        catch (JsonException ex) { return (null, "body", $"the body is not valid JSON ({ex.Message})"); }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) return (null, "body", "the body must be a JSON object");
            if (document.RootElement.TryGetProperty("maintext", out _)) return FromNewsPlease(Encoding.UTF8.GetString(body));
            Body? fields;
            try { fields = document.RootElement.Deserialize<Body>(Options); }
            catch (JsonException ex) { return (null, "body", $"a field has the wrong type ({ex.Message})"); }
            if (string.IsNullOrWhiteSpace(fields?.Text)) return (null, "text", "the article text is missing");
            if (string.IsNullOrWhiteSpace(fields.Published)) return (null, "published", "the publication date (YYYY-MM-DD) is missing");
            return (new ArticleInput(NameOf(fields.Url, fields.Title), Encoding.UTF8.GetBytes(fields.Text), fields.Published, fields.Title, fields.Source, fields.Url), "", null);
        }
    }

    private static (ArticleInput?, string, string?) FromNewsPlease(string line)
    {
        var item = JsonLinesReader.Parse("POST /api/articles", line);
        if (item.Input is not { } input) return (null, "body", item.Error);
        if (input.Content.Length == 0) return (null, "maintext", "the article text is missing");
        return (input with { Name = NameOf(input.Url, input.Title) }, "", null);
    }

    private static string NameOf(string? url, string? title) => $"POST /api/articles ({url ?? title ?? "untitled"})";
}
