namespace CeasefireMonitor.Extraction.Actors;

/// <summary>Checks that each canonical name and alias of the dictionary names one entry: a duplicate would silently merge two actors into one.</summary>
internal static class DictionaryNames
{
    private sealed record Entry(string List, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> CaseSensitive, string? Fights = null);

    private sealed record Alias(Entry Owner, string Spelling, bool CaseSensitive);

    public static void Check(ActorJson json)
    {
        List<Entry> entries = [.. Entries(json)];
        var canonical = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
        {
            if (canonical.TryGetValue(e.Name, out var first))
                throw new InvalidDataException($"Actor dictionary: '{e.Name}' is the canonical name of two entries ({first.List} '{first.Name}' and {e.List} '{e.Name}'); keep one record per actor");
            canonical[e.Name] = e;
        }
        var aliases = new Dictionary<string, Alias>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
            foreach (var alias in e.Aliases.Select(a => new Alias(e, a, false)).Concat(e.CaseSensitive.Select(a => new Alias(e, a, true))))
            {
                if (canonical.TryGetValue(alias.Spelling, out var named) && named != e)
                    throw new InvalidDataException($"Actor dictionary: alias '{alias.Spelling}' of '{e.Name}' is the canonical name of {named.List} '{named.Name}'");
                if (!aliases.TryAdd(alias.Spelling, alias)) { CheckCase(aliases[alias.Spelling], alias); CheckShared(aliases[alias.Spelling], alias); }
            }
    }

    // Two actors' aliases that differ only by case ("JEM", "JeM") must both be case-sensitive, so neither is found for the other's spelling.
    private static void CheckCase(Alias first, Alias second)
    {
        if (first.Owner == second.Owner || string.Equals(first.Spelling, second.Spelling, StringComparison.Ordinal)) return;
        if (first.CaseSensitive && second.CaseSensitive) return;
        throw new InvalidDataException($"Actor dictionary: aliases '{first.Spelling}' of '{first.Owner.Name}' and '{second.Spelling}' of '{second.Owner.Name}' differ only by case; list both under caseSensitiveAliases so each names its own actor only");
    }

    // Two armed groups may share a form only when each fights its own named state, so the page's state can tell which one it names.
    private static void CheckShared(Alias first, Alias second)
    {
        if (first.Owner == second.Owner || !string.Equals(first.Spelling, second.Spelling, StringComparison.Ordinal) || first.Owner.List != "armedGroups" || second.Owner.List != "armedGroups") return;
        if (first.Owner.Fights is { Length: > 0 } a && second.Owner.Fights is { Length: > 0 } b && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return;
        throw new InvalidDataException($"Actor dictionary: alias '{second.Spelling}' names both '{first.Owner.Name}' and '{second.Owner.Name}'; armed groups may share a form only when each fights a different state (\"fights\")");
    }

    private static IEnumerable<Entry> Entries(ActorJson json) =>
    [
        .. (json.States ?? []).Select(s => Of("states", s.Name, s.Aliases, s.CaseSensitiveAliases)),
        .. (json.Organisations ?? []).Select(o => Of("organisations", o.Name, o.Aliases, o.CaseSensitiveAliases)),
        .. (json.ArmedGroups ?? []).Select(g => Of("armedGroups", g.Name, g.Aliases, g.CaseSensitiveAliases) with { Fights = g.Fights?.Trim() }),
        .. (json.Regions ?? []).Select(r => Of("regions", r.Name, r.Aliases, r.CaseSensitiveAliases)),
        .. (json.Companies ?? []).Select(c => Of("companies", c.Name, c.Aliases, c.CaseSensitiveAliases)),
    ];

    private static Entry Of(string list, string name, IReadOnlyList<string>? aliases, IReadOnlyList<string>? caseSensitive) =>
        new(list, name.Trim(), [.. (aliases ?? []).Select(a => a.Trim())], [.. (caseSensitive ?? []).Select(a => a.Trim())]);
}
