namespace CeasefireMonitor.Extraction.Actors;

/// <summary>An armed group's dictionary record after checking that its ally is a known state.</summary>
internal sealed record GroupRecord(string Name, string? AlignedWith, bool Separatist, IReadOnlyList<string> Regions, IReadOnlyList<string> Seats, IReadOnlyList<string> Leaders)
{
    /// <summary>Keeps the ally only when it names a state; a record whose fields are shifted by one (ally in regions, leaders in the ally) is read back in place.</summary>
    public static GroupRecord Repair(ActorJson.GroupEntry g, Func<string, string?> stateName)
    {
        var regions = g.Regions ?? [];
        var leaders = g.Leaders ?? [];
        var aligned = string.IsNullOrWhiteSpace(g.AlignedWith) ? null : stateName(g.AlignedWith.Trim());
        var shiftedAlly = regions.Select(stateName).FirstOrDefault(s => s is not null);
        if (aligned is not null || string.IsNullOrWhiteSpace(g.AlignedWith) || shiftedAlly is null)
            return new GroupRecord(g.Name, aligned, g.Separatist, regions, [], leaders);
        var shiftedLeaders = g.AlignedWith.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new GroupRecord(g.Name, shiftedAlly, g.Separatist, [.. regions.Where(r => stateName(r) is null)], leaders, shiftedLeaders);
    }
}
