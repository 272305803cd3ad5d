using CeasefireMonitor.Extraction;

namespace CeasefireMonitor.Application.Ingestion;

/// <summary>An article as it arrives, before validation: raw bytes and the metadata given with it.</summary>
public sealed record ArticleInput(
    string Name,
    byte[] Content,
    string? Published,
    string? Title = null,
    string? Source = null,
    string? Url = null,
    DateOrder DateOrder = DateOrder.Unknown);

/// <summary>An article that passed validation.</summary>
public sealed record ValidArticle(string ArticleId, string Text, DateOnly PublishedOn, ArticleInput Input);

public enum IngestStatus { Ingested, AlreadyIngested, Rejected }

public sealed record IngestOutcome(string Input, IngestStatus Status, string? ArticleId = null, int EventCount = 0, string? Reason = null)
{
    public static IngestOutcome Rejected(string input, string reason) => new(input, IngestStatus.Rejected, Reason: reason);
}
