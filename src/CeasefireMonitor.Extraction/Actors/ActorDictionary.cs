using System.Reflection;
using System.Text.Json;

namespace CeasefireMonitor.Extraction.Actors;

/// <summary>The known states, organisations, armed groups and regions, and every way the news names them. Immutable once loaded.</summary>
public sealed class ActorDictionary
{
    private const string ResourceName = "CeasefireMonitor.Extraction.actors.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Dictionary<string, Actor> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Actor> byCaseSensitiveAlias = new(StringComparer.Ordinal);
    private readonly FormIndex forms = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Actor?> groupsClaiming = new(StringComparer.Ordinal);

    private ActorDictionary(ActorJson json)
    {
        DictionaryNames.Check(json);
        foreach (var s in json.States ?? [])
        {
            var actor = Register(new Actor(s.Name, ActorKind.State), s.CaseSensitiveAliases);
            AddForms(actor, s.Aliases, s.Demonyms, [s.Capital, .. s.Seats ?? []], s.Leaders);
        }
        foreach (var o in json.Organisations ?? [])
            AddForms(Register(new Actor(o.Name, ActorKind.Organisation), o.CaseSensitiveAliases), o.Aliases, o.Demonyms, o.Seats, o.Leaders);
        var alliances = Alliances(json.ArmedGroups ?? []);
        foreach (var g in json.ArmedGroups ?? [])
        {
            var entry = GroupRecord.Repair(g, name => Find(name)?.Kind == ActorKind.State ? Find(name)!.Name : null);
            var actor = Register(new Actor(entry.Name, ActorKind.ArmedGroup, entry.AlignedWith, entry.Separatist, entry.Regions, Fights: entry.Fights, Governs: Governed(g), GovernsSince: Since(g), Transnational: g.Transnational, MemberOf: alliances.GetValueOrDefault(g.Name)), g.CaseSensitiveAliases);
            AddForms(actor, g.Aliases, null, entry.Seats, entry.Leaders);
        }
        foreach (var r in json.Regions ?? [])
            AddForms(Register(new Actor(r.Name, ActorKind.Region, Country: NullIfEmpty(r.Country)), r.CaseSensitiveAliases), r.Aliases, null, null, null);
        foreach (var c in json.Companies ?? [])
            AddForms(Register(new Actor(c.Name, ActorKind.Company), c.CaseSensitiveAliases), c.Aliases, null, null, null);
    }

    // A government only from a known month: "governs" without "governsSince" (YYYY-MM or YYYY-MM-DD) is a mistake in the file.
    private string? Governed(ActorJson.GroupEntry g)
    {
        if (string.IsNullOrWhiteSpace(g.Governs)) return null;
        if (Find(g.Governs) is not { Kind: ActorKind.State } state) throw new InvalidDataException($"Armed group '{g.Name}': governs '{g.Governs}', which is no state of the dictionary");
        return Since(g) is null ? throw new InvalidDataException($"Armed group '{g.Name}': governs '{g.Governs}' needs governsSince as YYYY-MM or YYYY-MM-DD") : state.Name;
    }

    // "memberOf" names another armed group of the file, by name or alias, that belongs to no alliance itself (no chains, no loops).
    private static Dictionary<string, string> Alliances(IReadOnlyList<ActorJson.GroupEntry> groups)
    {
        var byForm = new Dictionary<string, ActorJson.GroupEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var g in groups)
            foreach (var form in (g.Aliases ?? []).Prepend(g.Name)) byForm.TryAdd(form.Trim(), g);
        var alliances = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in groups.Where(g => !string.IsNullOrWhiteSpace(g.MemberOf)))
        {
            if (!byForm.TryGetValue(g.MemberOf!.Trim(), out var alliance)) throw new InvalidDataException($"Armed group '{g.Name}': memberOf '{g.MemberOf}', which is no armed group of the dictionary");
            if (alliance == g) throw new InvalidDataException($"Armed group '{g.Name}': memberOf names the group itself");
            if (!string.IsNullOrWhiteSpace(alliance.MemberOf)) throw new InvalidDataException($"Armed group '{g.Name}': memberOf '{alliance.Name}', which is itself a member of '{alliance.MemberOf}'");
            alliances[g.Name] = alliance.Name;
        }
        return alliances;
    }

    private static DateOnly? Since(ActorJson.GroupEntry g)
    {
        var text = g.GovernsSince?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day)) return day;
        return DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", out var month) ? month : throw new InvalidDataException($"Armed group '{g.Name}': governsSince '{text}' is not YYYY-MM or YYYY-MM-DD");
    }

    public IEnumerable<Actor> Actors => byName.Values.Distinct();

    public static ActorDictionary LoadEmbedded()
    {
        using var stream = typeof(ActorDictionary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded actor dictionary {ResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}");
        return Load(stream);
    }

    public static ActorDictionary Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var parsed = JsonSerializer.Deserialize<ActorJson>(json, JsonOptions) ?? throw new InvalidDataException("The actor dictionary is empty");
        return new ActorDictionary(parsed);
    }

    /// <summary>The actor with this canonical name or alias, if known; a case-sensitive alias only in its own spelling.</summary>
    public Actor? Find(string name) => byCaseSensitiveAlias.GetValueOrDefault(name.Trim()) ?? byName.GetValueOrDefault(name.Trim());

    /// <summary>The side an actor fights on (a group's ally, or the group itself when unaligned); null for organisations and regions.</summary>
    public string? SideOf(string name) => Find(name)?.Side;

    /// <summary>The alliance an armed group belongs to, if its record names one.</summary>
    public string? AllianceOf(string name) => Find(name)?.MemberOf;

    /// <summary>The state an unaligned armed group fights: the one its record names, else the country of the first region it holds that the dictionary places in a state.</summary>
    public string? HomeState(string name)
    {
        var group = Find(name);
        if (group is not { Kind: ActorKind.ArmedGroup, AlignedWith: null }) return null;
        return group.Fights ?? (group.Regions ?? []).Select(r => Find(r)?.Country).FirstOrDefault(c => c is not null && Find(c)?.Kind == ActorKind.State);
    }

    /// <summary>The state an armed group is based in when it fights another one ("Hezbollah" → Lebanon): the country of its regions.</summary>
    public string? BaseState(string name)
    {
        if (Find(name) is not { Kind: ActorKind.ArmedGroup, AlignedWith: null, Fights: { } fights } group) return null;
        var home = (group.Regions ?? []).Select(r => Find(r)?.Country).FirstOrDefault(c => c is not null && Find(c)?.Kind == ActorKind.State);
        return home is null || Find(home)!.Name == fights ? null : Find(home)!.Name;
    }

    /// <summary>The armed group that claims a region, if the dictionary knows one.</summary>
    public Actor? GroupClaiming(string region) => groupsClaiming.GetOrAdd(region, SearchGroupClaiming);

    // A scan of every actor: the answer is kept per region, since the dictionary never changes once loaded.
    private Actor? SearchGroupClaiming(string region) =>
        byName.Values.FirstOrDefault(a => a.Kind == ActorKind.ArmedGroup && (a.Regions ?? []).Any(r => string.Equals(r, region, StringComparison.OrdinalIgnoreCase) || string.Equals(Find(r)?.Name, region, StringComparison.OrdinalIgnoreCase)))
        ?? byName.Values.FirstOrDefault(a => a.Kind == ActorKind.ArmedGroup && a.Name.StartsWith(region + " ", StringComparison.OrdinalIgnoreCase));

    /// <summary>Every dictionary name, alias, demonym, seat, leader and region in the text, longest form first, without overlaps.</summary>
    public IReadOnlyList<ActorMention> FindMentions(string text) => forms.Find(text ?? "");

    // DictionaryNames has checked that no other entry has this name, so each canonical name is one actor.
    private Actor Register(Actor actor, IReadOnlyList<string>? caseSensitiveAliases)
    {
        var nameForm = actor.Kind == ActorKind.Region ? MentionForm.Region : MentionForm.Name;
        byName.Add(actor.Name, actor);
        forms.Add(actor.Name, actor, nameForm);
        foreach (var alias in caseSensitiveAliases ?? [])
        {
            forms.Add(alias, actor, nameForm);
            byCaseSensitiveAlias.TryAdd(alias.Trim(), actor);
        }
        return actor;
    }

    private void AddForms(Actor actor, IEnumerable<string>? aliases, IEnumerable<string>? demonyms, IEnumerable<string?>? seats, IEnumerable<string>? leaders)
    {
        var nameForm = actor.Kind == ActorKind.Region ? MentionForm.Region : MentionForm.Name;
        foreach (var alias in aliases ?? [])
        {
            forms.Add(alias, actor, nameForm);
            byName.TryAdd(alias.Trim(), actor);
        }
        foreach (var demonym in demonyms ?? []) forms.Add(demonym, actor, MentionForm.Demonym);
        foreach (var seat in seats ?? []) forms.Add(seat, actor, MentionForm.Seat);
        foreach (var leader in leaders ?? []) forms.Add(leader, actor, MentionForm.Leader);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
