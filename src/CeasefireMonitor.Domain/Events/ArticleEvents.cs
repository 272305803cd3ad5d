namespace CeasefireMonitor.Domain.Events;

/// <summary>An article accepted for extraction; its id is derived from its content hash.</summary>
public sealed record ArticleIngested(
    string ArticleId,
    string? Title,
    string? Source,
    string? Url,
    DateOnly PublishedOn,
    string Text,
    string ExtractorVersion,
    int EventCount,
    DateTimeOffset RecordedAt);

/// <summary>An input that could not be ingested, with the reason, so nothing is dropped silently.</summary>
public sealed record ArticleRejected(string Input, string Reason, DateTimeOffset RecordedAt);
