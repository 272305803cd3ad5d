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
    private readonly ulong reciprocal;
    private readonly int[] outputStart;
    private readonly int[] outputWord;
    private readonly ulong[] outputMask;
    private readonly ShortLiterals shortLiterals;

    // The length of the longest literal (at least two): how far back a walk must start to be in step with one from the text's start.
    private readonly int longest;

    public LiteralAutomaton(IReadOnlyList<string> literals)
    {
        Count = literals.Count;
        longest = literals.Select(l => l.Length).Append(2).Max();
        alphabet = 1;
        foreach (var literal in literals)
            foreach (var c in literal)
                if (classOf[Lower(c)] == 0) classOf[Lower(c)] = checked((ushort)alphabet++);
        for (var c = 'A'; c <= 'Z'; c++) classOf[c] = classOf[Lower(c)];
        shortLiterals = new ShortLiterals(literals, classOf, alphabet);
        var inTrie = Enumerable.Range(0, literals.Count).Except(shortLiterals.Ids);

        // The trie, then failure links breadth first; each state's row becomes a full transition table.
        var rows = new List<int[]> { new int[alphabet] };
        var ends = new List<List<int>> { new() };
        foreach (var id in inTrie)
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
        reciprocal = ((1UL << 32) + (ulong)alphabet - 1) / (ulong)alphabet;
        // Each state's literals as the words of a bit set they fall in, one after another: a state's are outputStart[state] up to the next state's.
        outputStart = new int[rows.Count + 1];
        var (words, masks) = (new List<int>(), new List<ulong>());
        foreach (var s in order)
        {
            var state = number[s];
            foreach (var word in ends[s].Distinct().GroupBy(id => id >> 6))
            {
                words.Add(word.Key);
                masks.Add(word.Aggregate(0UL, (mask, id) => mask | 1UL << id));
            }
            outputStart[state + 1] = words.Count;
        }
        (outputWord, outputMask) = ([.. words], [.. masks]);
        foreach (var s in order)
            for (var k = 0; k < alphabet; k++)
            {
                var target = number[rows[s][k]];
                next[number[s] * alphabet + k] = checked(target * alphabet) | (ends[rows[s][k]].Count > 0 ? int.MinValue : 0);
            }
    }

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;

    /// <summary>How many literals the automaton knows; their ids run from 0.</summary>
    public int Count { get; }

    /// <summary>Sets found[id] for every literal the text holds.</summary>
    public void Mark(ReadOnlySpan<char> text, bool[] found)
    {
        var bits = new ulong[(Count + 63) / 64];
        Mark(text, bits, new int[States], 1);
        for (var id = 0; id < Count; id++) found[id] |= (bits[id >> 6] & (1UL << id)) != 0;
    }

    /// <summary>
    /// Sets the bit of every literal the text holds in <paramref name="bits"/> (bit id % 64 of word id / 64). <paramref name="visited"/>
    /// (one slot per state, kept by the caller between texts) holds <paramref name="stamp"/> for each state whose literals this text
    /// already set: a text reaches the states of common endings ("the", "ing") again and again.
    /// </summary>
    public void Mark(ReadOnlySpan<char> text, ulong[] bits, int[] visited, int stamp)
    {
        // Each step of a walk waits for the table load of the step before, so a long text is walked as two parts at once. The second
        // walk starts the longest literal's length less one before the first's end: from there on, it is in the state a walk from the
        // text's start would be in, and before, it finds only literals the text holds (which the first walk finds too).
        var walk = new Walk(Root, 0, 0UL);
        if (text.Length < 2 * longest) walk = Walk1(text, walk, bits, visited, stamp);
        else
        {
            var first = text[..((text.Length + longest - 1) / 2)];
            var second = text[(first.Length - longest + 1)..];
            walk = Walk2(first, second, bits, visited, stamp);
            walk = Walk1(second[first.Length..], walk, bits, visited, stamp);
        }
        shortLiterals.Set(walk.ShortOnes, bits);
    }

    // Where a walk stands: the row of its state, the class of the character before times the alphabet, the short literals found.
    private readonly record struct Walk(int Row, int Before, ulong ShortOnes);

    // Literals end at many characters: a walk only notes where, without a branch, and the marks are set after each chunk.
    private const int Chunk = 64;

    private Walk Walk1(ReadOnlySpan<char> text, Walk from, ulong[] bits, int[] visited, int stamp)
    {
        Span<int> ends = stackalloc int[Chunk];
        // Locals, so the loop reads no field per character.
        var (next, classOf, pairs, alphabet) = (this.next, this.classOf, shortLiterals.Pairs, this.alphabet);
        var (row, before, shortOnes) = from;
        for (var start = 0; start < text.Length; start += Chunk)
        {
            var count = 0;
            foreach (var ch in text.Slice(start, Math.Min(Chunk, text.Length - start)))
            {
                var k = classOf[ch];
                var entry = next[row + k];
                row = entry & int.MaxValue;
                ends[count] = row;
                count -= entry >> 31;
                shortOnes |= pairs[before + k];
                before = k * alphabet;
            }
            foreach (var end in ends[..count]) SetOutputs(end, bits, visited, stamp);
        }
        return new Walk(row, before, shortOnes);
    }

    // Two walks from the root in step, over texts at least as long as the first; returns where the second stands after as many characters.
    private Walk Walk2(ReadOnlySpan<char> first, ReadOnlySpan<char> second, ulong[] bits, int[] visited, int stamp)
    {
        Span<int> ends = stackalloc int[2 * Chunk];
        var (next, classOf, pairs, alphabet) = (this.next, this.classOf, shortLiterals.Pairs, this.alphabet);
        var (row, before, row2, before2, shortOnes) = (Root, 0, Root, 0, 0UL);
        for (var start = 0; start < first.Length; start += Chunk)
        {
            var length = Math.Min(Chunk, first.Length - start);
            var a = first.Slice(start, length);
            var b = second.Slice(start, length);
            // The first walk's ends fill the buffer from its start, the second's from its middle.
            var (count, count2) = (0, Chunk);
            for (var i = 0; i < a.Length; i++)
            {
                var k = classOf[a[i]];
                var k2 = classOf[b[i]];
                var entry = next[row + k];
                var entry2 = next[row2 + k2];
                row = entry & int.MaxValue;
                row2 = entry2 & int.MaxValue;
                ends[count] = row;
                ends[count2] = row2;
                count -= entry >> 31;
                count2 -= entry2 >> 31;
                shortOnes |= pairs[before + k] | pairs[before2 + k2];
                before = k * alphabet;
                before2 = k2 * alphabet;
            }
            foreach (var end in ends[..count]) SetOutputs(end, bits, visited, stamp);
            foreach (var end in ends[Chunk..count2]) SetOutputs(end, bits, visited, stamp);
        }
        return new Walk(row2, before2, shortOnes);
    }

    private void SetOutputs(int row, ulong[] bits, int[] visited, int stamp)
    {
        // The row offset is an exact multiple of the alphabet, so a multiplication by its reciprocal divides it exactly.
        var state = (int)((ulong)(uint)row * reciprocal >> 32);
        if (visited[state] == stamp) return;
        visited[state] = stamp;
        for (var i = outputStart[state]; i < outputStart[state + 1]; i++) bits[outputWord[i]] |= outputMask[i];
    }

    /// <summary>How many states the automaton has; the size of the caller's visited array.</summary>
    public int States => next.Length / alphabet;
}
