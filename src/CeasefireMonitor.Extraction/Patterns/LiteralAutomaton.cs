namespace CeasefireMonitor.Extraction.Patterns;

/// <summary>
/// An Aho–Corasick automaton over many literals at once: one pass over a text marks every literal it holds, ASCII letters in
/// either case (literals are given in lower case), any other character exactly.
/// </summary>
internal sealed class LiteralAutomaton
{
    private const int Root = 0;

    // An upper-case ASCII letter has its lower-case letter's class, so the scan folds case without a test per character.
    private readonly ushort[] classOf = new ushort[char.MaxValue + 1];
    private readonly int alphabet;

    // Each entry is the offset of the next state's row (state × alphabet), negative when that state ends a literal: one load per character.
    private readonly int[] next;
    private readonly int[][] outputs;

    public LiteralAutomaton(IReadOnlyList<string> literals)
    {
        Count = literals.Count;
        alphabet = 1;
        foreach (var literal in literals)
            foreach (var c in literal)
                if (classOf[Lower(c)] == 0) classOf[Lower(c)] = checked((ushort)alphabet++);
        for (var c = 'A'; c <= 'Z'; c++) classOf[c] = classOf[Lower(c)];

        // The trie, then failure links breadth first; each state's row becomes a full transition table.
        var rows = new List<int[]> { new int[alphabet] };
        var ends = new List<List<int>> { new() };
        for (var id = 0; id < literals.Count; id++)
        {
            var state = Root;
            foreach (var c in literals[id])
            {
                var k = classOf[c];
                if (rows[state][k] == 0)
                {
                    rows[state][k] = rows.Count;
                    rows.Add(new int[alphabet]);
                    ends.Add([]);
                }
                state = rows[state][k];
            }
            ends[state].Add(id);
        }
        var fail = new int[rows.Count];
        var order = new List<int>(rows.Count) { Root };
        var queue = new Queue<int>();
        for (var k = 0; k < alphabet; k++)
            if (rows[Root][k] != 0) queue.Enqueue(rows[Root][k]);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            order.Add(state);
            ends[state].AddRange(ends[fail[state]]);
            for (var k = 0; k < alphabet; k++)
            {
                var child = rows[state][k];
                if (child == 0) rows[state][k] = rows[fail[state]][k];
                else
                {
                    fail[child] = rows[fail[state]][k];
                    queue.Enqueue(child);
                }
            }
        }
        // States numbered breadth first: the shallow states a text visits most sit together in the table, not spread over megabytes.
        var number = new int[rows.Count];
        for (var i = 0; i < order.Count; i++) number[order[i]] = i;
        next = new int[rows.Count * alphabet];
        outputs = new int[rows.Count][];
        foreach (var s in order)
            outputs[number[s]] = [.. ends[s].Distinct()];
        foreach (var s in order)
            for (var k = 0; k < alphabet; k++)
            {
                var target = number[rows[s][k]];
                next[number[s] * alphabet + k] = checked(target * alphabet) | (outputs[target].Length > 0 ? int.MinValue : 0);
            }
    }

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;

    /// <summary>How many literals the automaton knows; their ids run from 0.</summary>
    public int Count { get; }

    /// <summary>Sets found[id] for every literal the text holds.</summary>
    public void Mark(ReadOnlySpan<char> text, bool[] found) => Mark(text, found, null);

    /// <summary>Sets found[id] for every literal the text holds, and lists each id it sets, so the caller can clear just those.</summary>
    public void Mark(ReadOnlySpan<char> text, bool[] found, List<int>? marked) => Mark(text, found, marked, new int[next.Length / alphabet], 1);

    /// <summary>
    /// As above; <paramref name="visited"/> (one slot per state, kept by the caller between texts) holds <paramref name="stamp"/> for each
    /// state whose literals this text already marked: short literals ("in", "-") end in many states, so a text reaches them again and again.
    /// </summary>
    public void Mark(ReadOnlySpan<char> text, bool[] found, List<int>? marked, int[] visited, int stamp)
    {
        // Locals, so the loop reads no field per character; most states end no literal, so their outputs are never loaded.
        var (next, classOf) = (this.next, this.classOf);
        var row = Root;
        foreach (var ch in text)
        {
            var entry = next[row + classOf[ch]];
            row = entry & int.MaxValue;
            if (entry >= 0) continue;
            var state = row / alphabet;
            if (visited[state] != stamp)
            {
                visited[state] = stamp;
                foreach (var id in outputs[state])
                {
                    if (found[id]) continue;
                    found[id] = true;
                    marked?.Add(id);
                }
            }
        }
    }

    /// <summary>How many states the automaton has; the size of the caller's visited array.</summary>
    public int States => next.Length / alphabet;
}
