namespace CeasefireMonitor.Extraction.Actors;

/// <summary>An actor named in a sentence (offsets inside the sentence), and whether it is only a place or a supporter there.</summary>
internal sealed record SentenceActor(Actor Actor, int Start, int End, MentionForm Form, bool Locative, bool Supporter)
{
    public string? Side => Actor.Side;

    public bool CanFight => Side is not null && !Locative && !Supporter;
}
