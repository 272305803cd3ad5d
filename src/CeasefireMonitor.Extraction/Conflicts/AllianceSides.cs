namespace CeasefireMonitor.Extraction.Conflicts;

/// <summary>An alliance and its member groups on one page are one side, called by whichever of them the page names most (the alliance on a tie).</summary>
internal static class AllianceSides
{
    /// <returns>The side each named alliance or member stands for on this page; sides the map lacks stand for themselves.</returns>
    public static IReadOnlyDictionary<string, string> Fold(IReadOnlyDictionary<string, int> sideMentions, Func<string, string?> allianceOf)
    {
        var fold = new Dictionary<string, string>(StringComparer.Ordinal);
        // Members only merge when the page names their alliance: two groups fighting side by side are otherwise two sides.
        // Alliances in the order the page first names a member, each asked for once per side.
        Dictionary<string, List<string>>? members = null;
        foreach (var side in sideMentions.Keys)
            if (allianceOf(side) is { } alliance && sideMentions.ContainsKey(alliance))
            {
                members ??= new(StringComparer.Ordinal);
                if (!members.TryGetValue(alliance, out var list)) members[alliance] = list = [alliance];
                list.Add(side);
            }
        if (members is null) return fold;
        foreach (var sides in members.Values)
        {
            var label = sides.OrderByDescending(s => sideMentions.GetValueOrDefault(s)).First();
            foreach (var side in sides) fold[side] = label;
        }
        return fold;
    }
}
