namespace CeasefireMonitor.Contracts;

/// <summary>A new phase of hostilities was found. <see cref="MessageId"/> is derived from the phase id.</summary>
public sealed record PhaseOpened
{
    /// <summary>Deterministic id of this notification.</summary>
    public required Guid MessageId { get; init; }

    /// <summary>The conflict's display name.</summary>
    public required string Conflict { get; init; }

    /// <summary>The conflict's stable id.</summary>
    public required string ConflictId { get; init; }

    /// <summary>The phase's stable id.</summary>
    public required string PhaseId { get; init; }

    /// <summary>When the phase started, as first reported.</summary>
    public required string StartedOn { get; init; }

    /// <summary>When the monitor recorded the phase.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>The sentence that opened the phase.</summary>
    public required EvidenceItem Evidence { get; init; }
}
