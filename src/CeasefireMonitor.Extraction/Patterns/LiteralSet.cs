namespace CeasefireMonitor.Extraction.Patterns;

/// <summary>
/// Registered literal ids as the 64-bit words of a bit set that hold any of them: a gate's literals are registered together, so their ids
/// are mostly consecutive, and a scan answers for a few hundred literals with a few word tests instead of one test per literal.
/// </summary>
internal sealed class LiteralSet
{
    private LiteralSet(int[] words, ulong[] masks, int highest) => (Words, Masks, Highest) = (words, masks, highest);

    public int[] Words { get; }

    public ulong[] Masks { get; }

    /// <summary>The highest id of the set, -1 when it is empty.</summary>
    public int Highest { get; }

    public bool SameAs(LiteralSet other) => Words.AsSpan().SequenceEqual(other.Words) && Masks.AsSpan().SequenceEqual(other.Masks);

    public static LiteralSet Of(IEnumerable<int> ids)
    {
        var masks = new SortedDictionary<int, ulong>();
        var highest = -1;
        foreach (var id in ids)
        {
            masks[id >> 6] = masks.GetValueOrDefault(id >> 6) | (1UL << id);
            highest = Math.Max(highest, id);
        }
        return new LiteralSet([.. masks.Keys], [.. masks.Values], highest);
    }
}
