using System.Text;
using CeasefireMonitor.Api.Security;
using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CeasefireMonitor.Api.Articles;

/// <summary>POST /api/articles: ingest one article; needs the API key.</summary>
public static class ArticlesApi
{
    // JSON escaping can double an article's size on the wire; the text itself is held to the validator's 2 MB.
    public const int MaxBodyBytes = 2 * ArticleValidator.MaxBytes;

    public static RouteGroupBuilder MapArticlesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/articles", PostArticleAsync).RequireApiKey()
            .Accepts<ArticleBody>("application/json")
            .WithSummary("Ingest one article ({title, text, published, source, url} or a news-please JSON line); the same text twice appends nothing");
        return api;
    }

    private static async Task<Results<JsonHttpResult<ArticleResponse>, ValidationProblem, ProblemHttpResult>> PostArticleAsync(HttpRequest request, ArticleIntake intake, CancellationToken ct)
    {
        if (await ReadBodyAsync(request, ct) is not { } body) return TooLarge();
        var (input, field, error) = ArticleRequest.Parse(body);
        if (input is null) return Invalid(field, error!);
        if (input.Content.Length > ArticleValidator.MaxBytes) return TooLarge();
        // Checked before anything is written: a refused request leaves no trace in the log, the caller gets the reason.
        var (_, reason) = ArticleValidator.Validate(input, DateOnly.FromDateTime(DateTime.UtcNow));
        if (reason is not null) return Invalid(reason.Contains("date", StringComparison.Ordinal) ? "published" : "text", reason);
        var (outcome, events) = await intake.IngestAsync(input, ct);
        if (outcome.Status == IngestStatus.Rejected) return Invalid("text", outcome.Reason ?? "rejected");
        return TypedResults.Json(new ArticleResponse(outcome.ArticleId!, outcome.Status, events), EventJson.Options);
    }

    /// <summary>The body, or null when it is over the limit (read no further than the limit).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static ValidationProblem Invalid(string field, string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] }, detail: $"{field}: {reason}", title: "The article was refused");

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The article is too large",
            detail: $"The body may hold at most {MaxBodyBytes:N0} bytes and the text at most {ArticleValidator.MaxBytes:N0} bytes (2 MB).");
}

/// <summary>The request body, for the OpenAPI document (a news-please line with maintext and date_publish is accepted too).</summary>
public sealed record ArticleBody(string Text, string Published, string? Title, string? Source, string? Url);
