namespace CeasefireMonitor.Extraction.Actors;

/// <summary>A dictionary entry: a state, organisation, armed group or region, by its canonical name.</summary>
public sealed record Actor(string Name, ActorKind Kind, string? AlignedWith = null, bool Separatist = false, IReadOnlyList<string>? Regions = null, string? Country = null, string? Fights = null)
{
    /// <summary>The side of a conflict the actor fights on: a state itself, a group's ally or the group; organisations and regions take no side.</summary>
    public string? Side => Kind switch
    {
        ActorKind.State => Name,
        ActorKind.ArmedGroup => AlignedWith ?? Name,
        _ => null,
    };
}
