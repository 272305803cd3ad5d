namespace CeasefireMonitor.Extraction.Patterns;

/// <summary>
/// The strings of which every match of a pattern contains at least one ("surrender", "capitulat", "arms", …), or null when the
/// pattern can match without any literal. Found by walking the pattern: a sequence needs what any one of its parts needs, a choice
/// what each of its options needs, an optional part nothing.
/// </summary>
internal static class RequiredLiterals
{
    private const int MaxStrings = 64;
    private const int GoodLength = 6;
    private const int MaxClauses = 32;
    private const int MinConjunctLength = 2;

    public static IReadOnlyList<string>? Of(PatternNode pattern) => Minimal(Needs(pattern));

    /// <summary>
    /// The ways a match can hold literals: each match holds, for one of the clauses, a string of every set of that clause ("agree"
    /// and "truce", or "took" and "effect"), so a text must hold all the sets of some clause. Null when <see cref="Of"/> is.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>? Clauses(PatternNode pattern) =>
        Dnf(pattern)?.Select(clause => (IReadOnlyList<IReadOnlyList<string>>)[.. clause]).ToList();

    // What every match needs, as clauses of sets: a sequence needs the sets of all its parts, a choice one clause of one of its options.
    private static List<List<List<string>>>? Dnf(PatternNode node)
    {
        switch (node)
        {
            case PatternNode.Literal l:
                return [[[l.Char.ToString()]]];
            case PatternNode.Repeat r when r.Min >= 1:
                return Dnf(r.Node) ?? Single(Needs(r));
            case PatternNode.Choice c:
                var options = new List<List<List<string>>>();
                foreach (var option in c.Options)
                {
                    if (Dnf(option) is not { } clauses) return null;
                    options.AddRange(clauses);
                }
                return Merged(options) ?? Single(Needs(c));
            case PatternNode.Sequence s:
                if (Minimal(Needs(s)) is not { } best) return null;
                List<List<List<string>>> result = [[best]];
                foreach (var part in s.Parts)
                {
                    if (Dnf(part) is not { } needs) continue;
                    // A part that some of its options meet with short needles only (single letters of a word) adds nothing worth searching.
                    var strong = needs.Select(clause => clause.Where(set => set.Min(t => t.Length) >= MinConjunctLength).ToList()).ToList();
                    if (strong.Any(clause => clause.Count == 0) || (long)result.Count * strong.Count > MaxClauses) continue;
                    result = [.. result.SelectMany(clause => strong.Select(more => Joined(clause, more)))];
                }
                return result;
            default:
                return null;
        }
    }

    private static List<List<List<string>>>? Single(List<string>? set) => Minimal(set) is { } needles ? [[needles]] : null;

    // Clauses of one set each are one clause of their union; too many clauses are none, so the caller falls back to one set.
    private static List<List<List<string>>>? Merged(List<List<List<string>>> clauses)
    {
        var singles = clauses.Where(clause => clause.Count == 1).SelectMany(clause => clause[0]).ToList();
        var merged = clauses.Where(clause => clause.Count != 1).ToList();
        if (singles.Count > 0) merged.Insert(0, [Minimal(singles)!]);
        return merged.Count <= MaxClauses && singles.Count <= MaxStrings * 4 ? merged : null;
    }

    private static List<List<string>> Joined(List<List<string>> clause, List<List<string>> more)
    {
        var joined = new List<List<string>>(clause);
        foreach (var set in more)
            if (!joined.Any(known => known.Count == set.Count && known.All(set.Contains))) joined.Add(set);
        return joined;
    }

    // What every match of the node contains one of; the best of the choices a sequence offers.
    private static List<string>? Needs(PatternNode node) => node switch
    {
        PatternNode.Literal l => [l.Char.ToString()],
        PatternNode.Choice c => Union(c.Options.Select(Needs)),
        PatternNode.Repeat r when r.Min >= 1 => Best([Needs(r.Node), NonEmpty(Texts(r.Node))]),
        PatternNode.Sequence s => Best([.. s.Parts.Select(Needs), .. Runs(s.Parts)]),
        _ => null,
    };

    // Every text the node can match, when there are few and they are all literal.
    private static List<string>? Texts(PatternNode node) => node switch
    {
        PatternNode.Literal l => [l.Char.ToString()],
        PatternNode.Empty => [""],
        PatternNode.Choice c => Union(c.Options.Select(Texts)),
        PatternNode.Sequence s => s.Parts.Aggregate((List<string>?)[""], (texts, part) => Product(texts, Texts(part))),
        PatternNode.Repeat { Max: { } max } r when max <= 4 => Enumerable.Range(r.Min, max - r.Min + 1)
            .Select(n => Enumerable.Repeat(r.Node, n).Aggregate((List<string>?)[""], (texts, part) => Product(texts, Texts(part))))
            .Aggregate((List<string>?)[], (all, more) => Union([all, more])),
        _ => null,
    };

    // Each stretch of consecutive parts with literal texts: the texts of any sub-stretch are needed ("surrender" of "surrender(?:ed|s)").
    private static IEnumerable<List<string>?> Runs(IReadOnlyList<PatternNode> parts)
    {
        var texts = parts.Select(Texts).ToList();
        for (var start = 0; start < texts.Count; start++)
        {
            List<string>? product = [""];
            for (var end = start; end < texts.Count && texts[end] is not null; end++)
            {
                product = Product(product, texts[end]);
                if (product is null) break;
                if (end > start) yield return NonEmpty(product);
            }
        }
    }

    private static List<string>? Product(List<string>? left, List<string>? right)
    {
        if (left is null || right is null || (long)left.Count * right.Count > MaxStrings) return null;
        return [.. left.SelectMany(a => right.Select(b => a + b)).Distinct(StringComparer.Ordinal)];
    }

    private static List<string>? Union(IEnumerable<List<string>?> sets)
    {
        var all = new List<string>();
        foreach (var set in sets)
        {
            if (set is null) return null;
            all.AddRange(set);
        }
        return [.. all.Distinct(StringComparer.Ordinal)];
    }

    // A set holding the empty text needs nothing.
    private static List<string>? NonEmpty(List<string>? texts) => texts is null || texts.Count == 0 || texts.Any(t => t.Length == 0) ? null : texts;

    // Longer needles are rarer in text; among sets whose shortest needle is long enough, fewer needles are searched faster.
    private static List<string>? Best(IEnumerable<List<string>?> candidates) =>
        candidates.OfType<List<string>>().Select(Minimal).OfType<List<string>>()
            .OrderByDescending(set => Math.Min(GoodLength, set.Min(s => s.Length)))
            .ThenBy(set => set.Count)
            .ThenByDescending(set => set.Min(s => s.Length))
            .FirstOrDefault();

    // A needle that contains another needle adds nothing: any text holding it holds the shorter one.
    private static List<string>? Minimal(List<string>? needles) =>
        needles is null || needles.Count == 0 || needles.Any(n => n.Length == 0) ? null
        : [.. needles.Distinct(StringComparer.Ordinal).Where(n => !needles.Any(o => o.Length < n.Length && n.Contains(o, StringComparison.Ordinal)))];
}
