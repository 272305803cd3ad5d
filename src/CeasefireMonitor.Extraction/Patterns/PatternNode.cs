namespace CeasefireMonitor.Extraction.Patterns;

/// <summary>A regular expression reduced to what its matched text must contain: literal characters, anything else, empty assertions.</summary>
internal abstract record PatternNode
{
    /// <summary>One ASCII character or caseless symbol matched literally (ASCII letters in either case when the pattern ignores case).</summary>
    public sealed record Literal(char Char) : PatternNode;

    /// <summary>Text that is not a known literal: a class, an escape such as \w, a non-ASCII character, a back-reference.</summary>
    public sealed record Unknown : PatternNode;

    /// <summary>An assertion that matches no text: anchors, \b, lookarounds.</summary>
    public sealed record Empty : PatternNode;

    public sealed record Sequence(IReadOnlyList<PatternNode> Parts) : PatternNode;

    public sealed record Choice(IReadOnlyList<PatternNode> Options) : PatternNode;

    /// <summary>A repeated node; Max is null when unbounded.</summary>
    public sealed record Repeat(PatternNode Node, int Min, int? Max) : PatternNode;
}
