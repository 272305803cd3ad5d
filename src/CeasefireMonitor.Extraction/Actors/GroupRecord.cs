namespace CeasefireMonitor.Extraction.Actors;

/// <summary>An armed group's dictionary record after checking that its ally is a known state.</summary>
internal sealed record GroupRecord(string Name, string? AlignedWith, string? Fights, bool Separatist, IReadOnlyList<string> Regions, IReadOnlyList<string> Seats, IReadOnlyList<string> Leaders)
{
    /// <summary>
    /// Keeps the ally only when it names a state. A record whose fields are shifted by one (leaders in the ally,
    /// the ally in the regions, seats in the leaders) is read back in place rather than making names into allies.
    /// </summary>
    public static GroupRecord Repair(ActorJson.GroupEntry g, Func<string, string?> stateName)
    {
        var regions = g.Regions ?? [];
        var fights = string.IsNullOrWhiteSpace(g.Fights) ? null : stateName(g.Fights.Trim());
        var leaders = g.Leaders ?? [];
        if (string.IsNullOrWhiteSpace(g.AlignedWith)) return new GroupRecord(g.Name, null, fights, g.Separatist, regions, [], leaders);
        var aligned = stateName(g.AlignedWith.Trim());
        if (aligned is not null) return new GroupRecord(g.Name, aligned, fights, g.Separatist, regions, [], leaders);
        var shiftedAlly = regions.Select(stateName).FirstOrDefault(s => s is not null);
        var shiftedLeaders = g.AlignedWith.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new GroupRecord(g.Name, shiftedAlly, fights, g.Separatist, [.. regions.Where(r => stateName(r) is null)], leaders, shiftedLeaders);
    }
}
