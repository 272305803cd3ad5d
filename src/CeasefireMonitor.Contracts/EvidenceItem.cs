namespace CeasefireMonitor.Contracts;

/// <summary>A sentence of an article that a notification rests on.</summary>
public sealed record EvidenceItem
{
    /// <summary>The article's id (a hash of its text).</summary>
    public required string ArticleId { get; init; }

    /// <summary>The sentence, as plain text.</summary>
    public required string Sentence { get; init; }
}
