using System.Buffers;
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
    private readonly int[] ids = [];

    private KeywordGate(IReadOnlyList<string>? literals, bool ignoreCase)
    {
        Literals = literals;
        this.ignoreCase = ignoreCase;
        if (literals is null) return;
        // The shared scan holds each literal once; a non-ASCII needle is looked up by its symbol, as below.
        ids = LiteralScan.Register(literals.Select(l => Ascii.IsValid(l) ? l : l.First(c => !char.IsAscii(c)).ToString()));
        // ASCII needles are searched vectorised; a needle with a caseless non-ASCII symbol ("n’t", "©") is searched by that symbol alone.
        var ascii = literals.Where(l => Ascii.IsValid(l)).ToArray();
        var other = literals.Where(l => !Ascii.IsValid(l)).Select(l => l.First(c => !char.IsAscii(c))).Distinct().ToArray();
        if (ascii.Length > 0) words = SearchValues.Create(ascii, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        if (other.Length > 0) symbols = SearchValues.Create(other);
    }

    /// <summary>The literals of which every match holds one; null when the gate passes everything.</summary>
    public IReadOnlyList<string>? Literals { get; }

    /// <summary>The gate of a pattern, read from its text and options once per pattern object.</summary>
    public static KeywordGate For(Regex regex) => Gates.GetOrAdd(regex, Build);

    /// <summary>Whether a whole text may match; its scan is kept for the other gates asked about it, and about its parts.</summary>
    public bool MayMatch(string text)
    {
        if (Literals is null) return true;
        var scan = LiteralScan.Of(text);
        return (ignoreCase && scan.HasAsciiTwin) || scan.HoldsAny(ids);
    }

    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (Literals is null) return true;
        // A part of the text last scanned holds none of the literals the whole does not hold.
        if (LiteralScan.Covering(text) is { } scan && !scan.HoldsAny(ids)) return false;
        if (symbols is not null && text.ContainsAny(symbols)) return true;
        if (words is null) return false;
        if (ignoreCase && text.ContainsAny(LiteralScan.AsciiTwins)) return true;
        return text.ContainsAny(words);
    }

    private static KeywordGate Build(Regex regex)
    {
        const RegexOptions Unread = RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft;
        var ignoreCase = regex.Options.HasFlag(RegexOptions.IgnoreCase);
        if ((regex.Options & Unread) != 0) return new KeywordGate(null, ignoreCase);
        try
        {
            return new KeywordGate(RequiredLiterals.Of(PatternParser.Parse(regex.ToString())), ignoreCase);
        }
        catch (NotSupportedException)
        {
            return new KeywordGate(null, ignoreCase);
        }
    }
}
