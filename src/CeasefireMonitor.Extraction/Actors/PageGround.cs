namespace CeasefireMonitor.Extraction.Actors;

/// <summary>The state a page's fighting happens in: the one it names most as a place ("in northern Mozambique", a region of it).</summary>
internal static class PageGround
{
    public static string? Find(IEnumerable<List<SentenceActor>> sentences, ActorDictionary dictionary) =>
        sentences.SelectMany(s => s)
            .Select(a => a.Actor.Kind == ActorKind.State && a.Locative ? a.Actor.Name : a.Actor.Kind == ActorKind.Region ? a.Actor.Country : null)
            .Select(s => s is null ? null : dictionary.Find(s))
            .Where(s => s?.Kind == ActorKind.State)
            .GroupBy(s => s!.Name).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    /// <summary>
    /// The state an armed group fights: its dictionary record's, else, for a group at war in many states (Islamic State), the page's ground.
    /// A group with neither (the SDF, the Syrian National Army) fights no state by default: its enemy is whoever the page has it fight.
    /// </summary>
    public static Func<string, string?> HomeStates(ActorDictionary dictionary, string? ground) =>
        name => dictionary.HomeState(name) ?? (dictionary.Find(name) is { Kind: ActorKind.ArmedGroup, AlignedWith: null, Transnational: true } ? ground : null);
}
