using System.Numerics;

namespace CeasefireMonitor.Extraction.Patterns;

/// <summary>
/// The literals of one or two characters ("a", "in", "-"), which end at a third of a text's characters: a table of character-class
/// pairs finds them beside the automaton's walk without a branch, and the automaton's states leave them out (at most 64 of them).
/// </summary>
internal sealed class ShortLiterals
{
    private const int MaxLength = 2;
    private const int Slots = 64;

    public ShortLiterals(IReadOnlyList<string> literals, ushort[] classOf, int alphabet)
    {
        Ids = [.. Enumerable.Range(0, literals.Count).Where(id => literals[id].Length is >= 1 and <= MaxLength).Take(Slots)];
        Pairs = new ulong[alphabet * alphabet];
        for (var slot = 0; slot < Ids.Length; slot++)
        {
            var literal = literals[Ids[slot]];
            if (literal.Length == 1)
                for (var before = 0; before < alphabet; before++) Pairs[before * alphabet + classOf[literal[0]]] |= 1UL << slot;
            else Pairs[classOf[literal[0]] * alphabet + classOf[literal[1]]] |= 1UL << slot;
        }
    }

    /// <summary>The literal id in each slot.</summary>
    public int[] Ids { get; }

    /// <summary>At [class of the character before × alphabet + class of a character]: the slots of the literals that end there.</summary>
    public ulong[] Pairs { get; }

    /// <summary>Sets the bit of each literal whose slot is in <paramref name="slots"/>.</summary>
    public void Set(ulong slots, ulong[] bits)
    {
        for (; slots != 0; slots &= slots - 1)
        {
            var id = Ids[BitOperations.TrailingZeroCount(slots)];
            bits[id >> 6] |= 1UL << id;
        }
    }
}
