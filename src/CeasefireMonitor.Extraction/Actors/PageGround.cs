namespace CeasefireMonitor.Extraction.Actors;

/// <summary>The state a page's fighting happens in: the one it names most as a place ("in northern Mozambique", a region of it).</summary>
internal static class PageGround
{
    public static string? Find(IEnumerable<List<SentenceActor>> sentences, ActorDictionary dictionary)
    {
        // States counted in the order the page first names them; the dictionary is asked once per place.
        var known = new Dictionary<string, Actor?>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>();
        foreach (var found in sentences)
            foreach (var a in found)
            {
                var place = a.Actor.Kind == ActorKind.State && a.Locative ? a.Actor.Name : a.Actor.Kind == ActorKind.Region ? a.Actor.Country : null;
                if (place is null) continue;
                if (!known.TryGetValue(place, out var state)) known[place] = state = dictionary.Find(place);
                if (state?.Kind == ActorKind.State) counts[state.Name] = counts.GetValueOrDefault(state.Name) + 1;
            }
        string? ground = null;
        var most = 0;
        foreach (var (name, count) in counts)
            if (count > most) (ground, most) = (name, count);
        return ground;
    }

    /// <summary>
    /// The state an armed group fights: its dictionary record's, else, for a group at war in many states (Islamic State), the page's ground.
    /// A group with neither (the SDF, the Syrian National Army) fights no state by default: its enemy is whoever the page has it fight.
    /// </summary>
    public static Func<string, string?> HomeStates(ActorDictionary dictionary, string? ground) =>
        name => dictionary.HomeState(name) ?? (dictionary.Find(name) is { Kind: ActorKind.ArmedGroup, AlignedWith: null, Transnational: true } ? ground : null);
}
