using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace CeasefireMonitor.Extraction.Patterns;

/// <summary>
/// The gates of a fixed set of patterns, found by reference in an open-addressed table: a gate is asked for thousands of times per page,
/// and this lookup makes no interface call, as a dictionary with a reference comparer does.
/// </summary>
internal sealed class GateTable
{
    private readonly Regex?[] keys;
    private readonly KeywordGate[] gates;
    private readonly int mask;

    public GateTable(IEnumerable<KeyValuePair<Regex, KeywordGate>> entries)
    {
        var list = entries.ToList();
        var size = 16;
        while (size < 2 * list.Count) size *= 2;
        (keys, gates, mask) = (new Regex?[size], new KeywordGate[size], size - 1);
        foreach (var (regex, gate) in list)
        {
            var i = RuntimeHelpers.GetHashCode(regex) & mask;
            while (keys[i] is not null) i = (i + 1) & mask;
            (keys[i], gates[i]) = (regex, gate);
        }
    }

    public KeywordGate? Find(Regex regex)
    {
        for (var i = RuntimeHelpers.GetHashCode(regex) & mask; keys[i] is { } key; i = (i + 1) & mask)
            if (ReferenceEquals(key, regex)) return gates[i];
        return null;
    }
}
