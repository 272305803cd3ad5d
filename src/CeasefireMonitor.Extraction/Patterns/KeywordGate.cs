using System.Buffers;
using System.Numerics;
using System.Reflection;
using System.Text;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CeasefireMonitor.Extraction.Patterns;

/// <summary>
/// A cheap test a text must pass before a pattern can match in it: it holds one of the literals every match contains
/// (<see cref="RequiredLiterals"/>). It may pass a text the pattern rejects, never the reverse; a pattern it cannot read always passes.
/// </summary>
internal sealed class KeywordGate
{
    private static readonly ConcurrentDictionary<Regex, KeywordGate> Gates = new(ReferenceEqualityComparer.Instance);

    private readonly SearchValues<string>? words;
    private readonly SearchValues<char>? symbols;
    private readonly bool ignoreCase;
    private readonly LiteralSet ids = LiteralSet.Of([]);
    private readonly LiteralSet[][] clauses = [];

    // The ASCII literals by their id in the shared scan, less the lowest id: several literals share an id when they differ only in case.
    // Each is one vectorised search, with the gate's case rule (a search for a string ignoring case is a plain loop in invariant mode).
    private readonly SearchValues<string>?[] asciiById = [];
    private readonly int lowestAsciiId;

    private KeywordGate(IReadOnlyList<string>? literals, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>? clauses, bool ignoreCase)
    {
        Literals = literals;
        this.ignoreCase = ignoreCase;
        if (literals is null) return;
        // The shared scan holds each literal once; a non-ASCII needle is looked up by its symbol, as below.
        ids = LiteralScan.Register(literals.Select(Needle));
        // Sets that must be found together ("agree" and "truce") refuse more texts than the one set of literals.
        if (clauses is not null) this.clauses = WithoutOwnSet([.. clauses.Select(clause => clause.Select(set => LiteralScan.Register(set.Select(Needle))).ToArray())]);
        // ASCII needles are searched vectorised; a needle with a caseless non-ASCII symbol ("n’t", "©") is searched by that symbol alone.
        var ascii = literals.Where(l => Ascii.IsValid(l)).ToArray();
        var other = literals.Where(l => !Ascii.IsValid(l)).Select(l => l.First(c => !char.IsAscii(c))).Distinct().ToArray();
        if (ascii.Length > 0) words = SearchValues.Create(ascii, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        var byId = ascii.GroupBy(LiteralScan.IdOf).ToArray();
        if (byId.Length > 0)
        {
            lowestAsciiId = byId.Min(g => g.Key);
            asciiById = new SearchValues<string>?[byId.Max(g => g.Key) - lowestAsciiId + 1];
            foreach (var g in byId) asciiById[g.Key - lowestAsciiId] = SearchValues.Create([.. g], ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }
        if (other.Length > 0) symbols = SearchValues.Create(other);
    }

    /// <summary>The literals of which every match holds one; null when the gate passes everything.</summary>
    public IReadOnlyList<string>? Literals { get; }

    // The first gate asked for registers every pattern of the extractor, so the shared scan's automaton is built once, not again each
    // time a pattern is first used (about fifty times over a first page).
    private static readonly Lazy<int> EveryPattern = new(RegisterEveryPattern);

    // The same gates, every generated pattern's, in a table that is read without locks or interface calls once written.
    private static volatile GateTable? registered;

    /// <summary>The gate of a pattern, read from its text and options once per pattern object.</summary>
    public static KeywordGate For(Regex regex)
    {
        if (registered?.Find(regex) is { } known) return known;
        if (Gates.TryGetValue(regex, out var gate)) return gate;
        _ = EveryPattern.Value;
        return Gates.GetOrAdd(regex, Build);
    }

    private static int RegisterEveryPattern()
    {
        var patterns = typeof(KeywordGate).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters().Length == 0 && m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .Select(m => (Regex)m.Invoke(null, null)!);
        foreach (var regex in patterns) Gates.GetOrAdd(regex, Build);
        registered = new GateTable(Gates);
        return Gates.Count;
    }

    /// <summary>Whether a whole text may match; its scan is kept for the other gates asked about it, and about its parts.</summary>
    public bool MayMatch(string text)
    {
        if (Literals is null) return true;
        var scan = LiteralScan.Of(text);
        return (ignoreCase && scan.HasAsciiTwin) || (scan.HoldsAny(ids) && HoldsAClause(scan));
    }

    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (Literals is null) return true;
        // A part of the text last scanned holds none of the literals, and no letter twin, the whole does not hold.
        var scan = LiteralScan.Covering(text);
        if (scan is not null && !(scan.HoldsAny(ids) && HoldsAClause(scan))) return false;
        // The whole text scanned: a literal it marked is found by a case-insensitive search too.
        if (ignoreCase && scan is not null && text.Length == scan.Text.Length) return true;
        if (symbols is not null && text.ContainsAny(symbols)) return true;
        if (words is null) return false;
        if (ignoreCase && (scan is null || scan.HasAsciiTwin) && text.ContainsAny(LiteralScan.AsciiTwins)) return true;
        return scan is null || !scan.Knows(ids) ? text.ContainsAny(words) : HoldsAMarkedLiteral(scan, text);
    }

    // A part of a scanned text without letter twins holds only literals the scan marked: those few are searched, not all.
    private bool HoldsAMarkedLiteral(LiteralScan scan, ReadOnlySpan<char> text)
    {
        var (words, masks) = (ids.Words, ids.Masks);
        for (var i = 0; i < words.Length; i++)
            for (var marked = scan.Word(words[i]) & masks[i]; marked != 0; marked &= marked - 1)
            {
                var slot = (words[i] << 6) + BitOperations.TrailingZeroCount(marked) - lowestAsciiId;
                if ((uint)slot < (uint)asciiById.Length && asciiById[slot] is { } literals && text.ContainsAny(literals)) return true;
            }
        return false;
    }

    // Every set of some clause is in the scanned text; a gate without clauses has only its one set.
    private bool HoldsAClause(LiteralScan scan)
    {
        if (clauses.Length == 0) return true;
        foreach (var clause in clauses)
        {
            var all = true;
            foreach (var set in clause)
                if (!scan.HoldsAny(set)) { all = false; break; }
            if (all) return true;
        }
        return false;
    }

    // The gate's own set, tested first, meets any clause's copy of it: a clause needs only its other sets, and a clause left with
    // none is always met, so the gate needs no clauses (most single-clause gates repeat their own set).
    private LiteralSet[][] WithoutOwnSet(LiteralSet[][] clauses)
    {
        var others = clauses.Select(clause => clause.Where(set => !set.SameAs(ids)).ToArray()).ToArray();
        return others.Any(clause => clause.Length == 0) ? [] : others;
    }

    private static string Needle(string literal) => Ascii.IsValid(literal) ? literal : literal.First(c => !char.IsAscii(c)).ToString();

    private static KeywordGate Build(Regex regex)
    {
        const RegexOptions Unread = RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft;
        var ignoreCase = regex.Options.HasFlag(RegexOptions.IgnoreCase);
        if ((regex.Options & Unread) != 0) return new KeywordGate(null, null, ignoreCase);
        try
        {
            var pattern = PatternParser.Parse(regex.ToString());
            return new KeywordGate(RequiredLiterals.Of(pattern), RequiredLiterals.Clauses(pattern), ignoreCase);
        }
        catch (NotSupportedException)
        {
            return new KeywordGate(null, null, ignoreCase);
        }
    }
}
