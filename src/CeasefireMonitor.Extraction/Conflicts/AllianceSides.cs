namespace CeasefireMonitor.Extraction.Conflicts;

/// <summary>An alliance and its member groups on one page are one side, called by whichever of them the page names most (the alliance on a tie).</summary>
internal static class AllianceSides
{
    /// <returns>The side each named alliance or member stands for on this page; sides the map lacks stand for themselves.</returns>
    public static IReadOnlyDictionary<string, string> Fold(IReadOnlyDictionary<string, int> sideMentions, Func<string, string?> allianceOf)
    {
        var fold = new Dictionary<string, string>(StringComparer.Ordinal);
        // Members only merge when the page names their alliance: two groups fighting side by side are otherwise two sides.
        foreach (var members in sideMentions.Keys.Where(s => allianceOf(s) is { } a && sideMentions.ContainsKey(a)).GroupBy(s => allianceOf(s)!, StringComparer.Ordinal))
        {
            var label = members.Prepend(members.Key).OrderByDescending(s => sideMentions.GetValueOrDefault(s)).First();
            foreach (var side in members.Prepend(members.Key)) fold[side] = label;
        }
        return fold;
    }
}
