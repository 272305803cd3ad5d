using System.Buffers;

namespace CeasefireMonitor.Extraction.Patterns;

/// <summary>
/// The literals of every keyword gate, found in a text by one automaton pass: the extractor asks a dozen gates about each sentence
/// (and more about parts of it), and they all share the pass over the last text scanned on the thread.
/// </summary>
internal sealed class LiteralScan
{
    private static readonly Lock Gate = new();
    private static readonly List<string> Known = [];
    private static readonly Dictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static volatile LiteralAutomaton? automaton;

    // Non-ASCII letters a case-insensitive pattern matches as ASCII ones (the Kelvin sign as k, the long s as s, Turkish i's).
    public static readonly SearchValues<char> AsciiTwins = SearchValues.Create([.. Enumerable.Range(128, char.MaxValue - 127).Select(i => (char)i)
        .Where(c => char.ToUpperInvariant(c) < 128 || char.ToLowerInvariant(c) < 128).Concat(['\u0130', '\u0131', '\u017F', '\u212A']).Distinct()]);

    // Texts scanned on the thread and the literals each holds: the reader comes back to each sentence after reading the whole page.
    private const int RememberedTexts = 256;

    [ThreadStatic]
    private static LiteralScan? t_last;

    // The marks of the current text as a bit set, which gates test a word at a time (LiteralSet).
    private readonly ulong[] bits;

    // The marks of the last texts scanned, each in its slot of one array, and the slot each text holds; the oldest slot is reused.
    private readonly Dictionary<string, int> remembered = new(ReferenceEqualityComparer.Instance);
    private readonly string?[] rememberedTexts = new string?[RememberedTexts];
    private readonly bool[] rememberedTwins = new bool[RememberedTexts];
    private readonly ulong[] rememberedBits;
    private int oldest;

    // How many literals the automaton knows, read by every gate question.
    private readonly int known;

    // The automaton's states whose literals the current text has marked: those holding the current stamp.
    private readonly int[] visited;
    private int stamp;

    private LiteralScan(LiteralAutomaton automaton)
    {
        Automaton = automaton;
        known = automaton.Count;
        bits = new ulong[(automaton.Count + 63) / 64];
        rememberedBits = new ulong[RememberedTexts * bits.Length];
        visited = new int[automaton.States];
    }

    /// <summary>Whether the text holds a letter a case-insensitive pattern matches as an ASCII one.</summary>
    public bool HasAsciiTwin { get; private set; }

    public string Text { get; private set; } = "";

    private LiteralAutomaton Automaton { get; }

    /// <summary>The ids of literals, registered for every later scan; ASCII letters are folded to lower case.</summary>
    public static LiteralSet Register(IEnumerable<string> literals)
    {
        lock (Gate)
        {
            var ids = new List<int>();
            foreach (var literal in literals.Select(Folded))
            {
                if (!Ids.TryGetValue(literal, out var id))
                {
                    Ids[literal] = id = Known.Count;
                    Known.Add(literal);
                    automaton = null;
                }
                ids.Add(id);
            }
            return LiteralSet.Of(ids);
        }
    }

    /// <summary>The id of a registered literal.</summary>
    public static int IdOf(string literal)
    {
        lock (Gate) return Ids[Folded(literal)];
    }

    private static string Folded(string literal) => string.Create(literal.Length, literal, static (span, l) =>
    {
        for (var i = 0; i < l.Length; i++) span[i] = l[i] is >= 'A' and <= 'Z' ? (char)(l[i] | 0x20) : l[i];
    });

    /// <summary>The scan of a text, reusing the thread's last one when it is the same string and no literal was registered since.</summary>
    public static LiteralScan Of(string text)
    {
        var current = automaton ?? Build();
        if (t_last is not { } last || !ReferenceEquals(last.Automaton, current)) t_last = last = new LiteralScan(current);
        else if (ReferenceEquals(last.Text, text)) return last;
        // The thread's one scan is marked again in place: no caller keeps a scan past its next gate question.
        last.Mark(text);
        return last;
    }

    /// <summary>The thread's last scan when it covers the span (a part of the same string) and is still current, else null.</summary>
    public static LiteralScan? Covering(ReadOnlySpan<char> span)
    {
        if (t_last is not { } last || !ReferenceEquals(last.Automaton, automaton)) return null;
        return last.Text.AsSpan().Overlaps(span, out var offset) && offset >= 0 && offset + span.Length <= last.Text.Length ? last : null;
    }

    private void Mark(string text)
    {
        Text = text;
        if (remembered.TryGetValue(text, out var slot))
        {
            rememberedBits.AsSpan(slot * bits.Length, bits.Length).CopyTo(bits);
            HasAsciiTwin = rememberedTwins[slot];
            return;
        }
        Array.Clear(bits);
        // A new stamp forgets every visit without clearing the slots, until the stamps run out.
        if (++stamp == int.MaxValue)
        {
            Array.Clear(visited);
            stamp = 1;
        }
        Automaton.Mark(text, bits, visited, stamp);
        HasAsciiTwin = text.AsSpan().ContainsAny(AsciiTwins);
        Remember(text);
    }

    private void Remember(string text)
    {
        var slot = oldest;
        oldest = (oldest + 1) % RememberedTexts;
        if (rememberedTexts[slot] is { } forgotten) remembered.Remove(forgotten);
        (rememberedTexts[slot], rememberedTwins[slot], remembered[text]) = (text, HasAsciiTwin, slot);
        bits.CopyTo(rememberedBits.AsSpan(slot * bits.Length));
    }

    /// <summary>Whether the text holds any of the literals; case-insensitively for ASCII letters.</summary>
    public bool HoldsAny(LiteralSet set)
    {
        // A literal registered after this scan's automaton was built may be anywhere: the scan cannot refuse it.
        if (!Knows(set)) return true;
        var (words, masks) = (set.Words, set.Masks);
        for (var i = 0; i < words.Length; i++)
            if ((bits[words[i]] & masks[i]) != 0) return true;
        return false;
    }

    /// <summary>Whether the scan's automaton knows every literal of the set (it was built after they were registered).</summary>
    public bool Knows(LiteralSet set) => set.Highest < known;

    /// <summary>The marks of the literals with ids from 64 × <paramref name="word"/>, one bit each.</summary>
    public ulong Word(int word) => bits[word];

    private static LiteralAutomaton Build()
    {
        lock (Gate) return automaton ??= new LiteralAutomaton([.. Known]);
    }
}
