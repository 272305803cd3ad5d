namespace CeasefireMonitor.Extraction.Actors;

/// <summary>A dictionary entry: a state, organisation, armed group or region, by its canonical name.</summary>
/// <param name="Transnational">A group at war in many states (Islamic State, al-Qaeda): on a page, it fights the state the page is about.</param>
/// <param name="MemberOf">The alliance an armed group belongs to (the MNDAA: the Three Brotherhood Alliance): on a page naming both, they are one side.</param>
/// <param name="Governs">The state an armed group became the government of (the Taliban: Afghanistan), from <paramref name="GovernsSince"/> on.</param>
public sealed record Actor(string Name, ActorKind Kind, string? AlignedWith = null, bool Separatist = false, IReadOnlyList<string>? Regions = null, string? Country = null, string? Fights = null, string? Governs = null, DateOnly? GovernsSince = null, bool Transnational = false, string? MemberOf = null)
{
    /// <summary>The side of a conflict the actor fights on: a state itself, a group's ally or the group; organisations and regions take no side.</summary>
    public string? Side => Kind switch
    {
        ActorKind.State => Name,
        ActorKind.ArmedGroup => AlignedWith ?? Name,
        _ => null,
    };

    /// <summary>Whether the group was the government of its state on this day, so the news names the state by it.</summary>
    public bool GovernsOn(DateOnly day) => Governs is not null && GovernsSince is { } since && day >= since;
}
