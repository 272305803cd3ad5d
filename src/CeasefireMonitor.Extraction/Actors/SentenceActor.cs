namespace CeasefireMonitor.Extraction.Actors;

/// <summary>An actor named in a sentence (offsets inside the sentence), and whether it is only a place or a supporter there.</summary>
/// <param name="Bystander">Named as victims or as a peacekeeping contributor: it may still speak or call, but it is no party to the fighting.</param>
internal sealed record SentenceActor(Actor Actor, int Start, int End, MentionForm Form, bool Locative, bool Supporter, bool Bystander = false)
{
    public string? Side => Actor.Side;

    /// <summary>Other armed groups the same words name; <see cref="AmbiguousNames"/> picks the one of the page's state.</summary>
    public IReadOnlyList<Actor>? Alternatives { get; init; }

    public bool CanFight => Side is not null && !Locative && !Supporter && !Bystander;
}
