namespace CeasefireMonitor.Extraction.Actors;

/// <summary>An actor named in a sentence (offsets inside the sentence), and whether it is only a place or a supporter there.</summary>
/// <param name="Bystander">Named as victims or as a peacekeeping contributor: it may still speak or call, but it is no party to the fighting.</param>
internal sealed record SentenceActor(Actor Actor, int Start, int End, MentionForm Form, bool Locative, bool Supporter, bool Bystander = false)
{
    public string? Side => Actor.Side;

    public bool CanFight => Side is not null && !Locative && !Supporter && !Bystander;
}
