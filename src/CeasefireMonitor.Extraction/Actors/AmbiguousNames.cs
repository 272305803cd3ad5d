namespace CeasefireMonitor.Extraction.Actors;

/// <summary>A form shared by armed groups of different states ("the Maoists" of India and of Nepal) names the one whose state the page is about.</summary>
internal static class AmbiguousNames
{
    /// <summary>Replaces each ambiguous mention by the candidate whose home state the page names most (as a state, its seat, leader or demonym, or a region of it); a tie keeps the dictionary's first.</summary>
    public static void Settle(IReadOnlyList<List<SentenceActor>> sentences, ActorDictionary dictionary)
    {
        if (!HasAlternatives(sentences)) return;
        var states = sentences.SelectMany(s => s).Select(a => StateOf(a.Actor, dictionary)).OfType<string>()
            .GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var found in sentences)
            for (var i = 0; i < found.Count; i++)
            {
                if (found[i].Alternatives is not { } others) continue;
                var best = others.Prepend(found[i].Actor).MaxBy(c => states.GetValueOrDefault(dictionary.HomeState(c.Name) ?? ""))!;
                found[i] = found[i] with { Actor = best, Alternatives = null };
            }
    }

    private static bool HasAlternatives(IReadOnlyList<List<SentenceActor>> sentences)
    {
        foreach (var found in sentences)
            foreach (var a in found)
                if (a.Alternatives is not null) return true;
        return false;
    }

    private static string? StateOf(Actor actor, ActorDictionary dictionary) => actor.Kind switch
    {
        ActorKind.State => actor.Name,
        ActorKind.Region when actor.Country is { } country && dictionary.Find(country) is { Kind: ActorKind.State } state => state.Name,
        _ => null,
    };
}
