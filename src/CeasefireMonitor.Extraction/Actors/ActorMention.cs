namespace CeasefireMonitor.Extraction.Actors;

/// <summary>Where an actor is named in a text; Start and Length index that text.</summary>
public sealed record ActorMention(Actor Actor, int Start, int Length, MentionForm Form)
{
    public int End => Start + Length;

    /// <summary>Other armed groups this form also names (groups of other states sharing an alias); null when it names one actor.</summary>
    public IReadOnlyList<Actor>? Alternatives { get; init; }
}
