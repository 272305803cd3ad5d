namespace CeasefireMonitor.Extraction.Actors;

/// <summary>The shape of Data/actors.json. <c>caseSensitiveAliases</c> are forms that name the entry only in exactly that spelling ("JEM" is not "JeM").</summary>
internal sealed record ActorJson(
    IReadOnlyList<ActorJson.StateEntry>? States,
    IReadOnlyList<ActorJson.OrganisationEntry>? Organisations,
    IReadOnlyList<ActorJson.GroupEntry>? ArmedGroups,
    IReadOnlyList<ActorJson.RegionEntry>? Regions,
    IReadOnlyList<ActorJson.CompanyEntry>? Companies = null)
{
    internal sealed record StateEntry(string Name, IReadOnlyList<string>? Aliases, IReadOnlyList<string>? Demonyms, string? Capital, IReadOnlyList<string>? Seats, IReadOnlyList<string>? Leaders, IReadOnlyList<string>? CaseSensitiveAliases = null);

    internal sealed record OrganisationEntry(string Name, IReadOnlyList<string>? Aliases, IReadOnlyList<string>? Demonyms, IReadOnlyList<string>? Seats, IReadOnlyList<string>? Leaders, IReadOnlyList<string>? CaseSensitiveAliases = null);

    internal sealed record GroupEntry(string Name, IReadOnlyList<string>? Aliases, string? AlignedWith, string? Fights, bool Separatist, IReadOnlyList<string>? Regions, IReadOnlyList<string>? Leaders, string? Governs = null, string? GovernsSince = null, bool Transnational = false, string? MemberOf = null, IReadOnlyList<string>? CaseSensitiveAliases = null);

    internal sealed record RegionEntry(string Name, IReadOnlyList<string>? Aliases, string? Country, IReadOnlyList<string>? CaseSensitiveAliases = null);

    /// <summary>A company the news names with its home state ("France's Total"): it is no party, and neither is that state through it.</summary>
    internal sealed record CompanyEntry(string Name, IReadOnlyList<string>? Aliases, IReadOnlyList<string>? CaseSensitiveAliases = null);
}
