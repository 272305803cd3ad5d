namespace CeasefireMonitor.Contracts;

/// <summary>
/// A conflict phase changed status. Published once per change; <see cref="MessageId"/> is derived from the
/// phase and <see cref="Sequence"/>, so a consumer can drop a duplicate by id.
/// </summary>
public sealed record PhaseStatusChanged
{
    /// <summary>Deterministic id: the same change always has the same id.</summary>
    public required Guid MessageId { get; init; }

    /// <summary>The conflict's display name, e.g. "Armenia–Azerbaijan".</summary>
    public required string Conflict { get; init; }

    /// <summary>The conflict's stable id, e.g. "armenia-azerbaijan".</summary>
    public required string ConflictId { get; init; }

    /// <summary>The phase's stable id, e.g. "armenia-azerbaijan-2020".</summary>
    public required string PhaseId { get; init; }

    /// <summary>When the phase started, as far as known when the change was recorded ("YYYY", "YYYY-MM" or "YYYY-MM-DD").</summary>
    public required string PhaseStartedOn { get; init; }

    /// <summary>1 for the phase's first status, then one more for each change.</summary>
    public required int Sequence { get; init; }

    /// <summary>Null for the phase's first status; otherwise Fighting, CeasefireCalled, CeasefireAgreed, CeasefireViolated or Ended.</summary>
    public string? OldStatus { get; init; }

    /// <summary>Fighting, CeasefireCalled, CeasefireAgreed, CeasefireViolated or Ended.</summary>
    public required string NewStatus { get; init; }

    /// <summary>Surrender, Agreement or Declaration when the new status is Ended.</summary>
    public string? EndReason { get; init; }

    /// <summary>When the change happened in the world, at the precision the article gave.</summary>
    public required string OccurredOn { get; init; }

    /// <summary>When the monitor recorded the change.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>The articles and sentences the change rests on.</summary>
    public required IReadOnlyList<EvidenceItem> Evidence { get; init; }
}
