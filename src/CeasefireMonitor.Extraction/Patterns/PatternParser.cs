namespace CeasefireMonitor.Extraction.Patterns;

/// <summary>
/// Parses the .NET regular expression syntax the extractor's patterns use into <see cref="PatternNode"/>s. Anything it does not
/// know for certain (inline options, conditionals, class subtraction, unknown escapes) throws, so no gate is built on a guess.
/// </summary>
internal sealed class PatternParser(string pattern)
{
    private static readonly PatternNode AnyText = new PatternNode.Unknown();
    private static readonly PatternNode NoText = new PatternNode.Empty();
    private int at;

    public static PatternNode Parse(string pattern)
    {
        var parser = new PatternParser(pattern);
        var node = parser.Choice();
        if (parser.at != pattern.Length) throw new NotSupportedException($"unbalanced ')' at {parser.at}");
        return node;
    }

    private PatternNode Choice()
    {
        var options = new List<PatternNode> { Sequence() };
        while (at < pattern.Length && pattern[at] == '|')
        {
            at++;
            options.Add(Sequence());
        }
        return options.Count == 1 ? options[0] : new PatternNode.Choice(options);
    }

    private PatternNode.Sequence Sequence()
    {
        var parts = new List<PatternNode>();
        while (at < pattern.Length && pattern[at] is not ('|' or ')'))
            parts.Add(Quantified(Atom()));
        return new PatternNode.Sequence(parts);
    }

    private PatternNode Quantified(PatternNode atom)
    {
        if (at >= pattern.Length) return atom;
        var symbol = pattern[at];
        (int Min, int? Max)? bounds = symbol switch
        {
            '*' => (0, null),
            '+' => (1, null),
            '?' => (0, 1),
            '{' => Braces(),
            _ => null,
        };
        if (bounds is not { } b) return atom;
        if (symbol != '{') at++;
        if (at < pattern.Length && pattern[at] == '?') at++;
        return new PatternNode.Repeat(atom, b.Min, b.Max);
    }

    // {n}, {n,} or {n,m}; anything else is a literal '{', as in .NET.
    private (int, int?)? Braces()
    {
        var close = pattern.IndexOf('}', at);
        if (close < 0) return null;
        var parts = pattern[(at + 1)..close].Split(',');
        if (parts.Length > 2 || !int.TryParse(parts[0], out var min)) return null;
        int? max = min;
        if (parts.Length == 2) max = parts[1].Length == 0 ? null : int.TryParse(parts[1], out var m) ? m : throw new NotSupportedException("bad quantifier");
        at = close + 1;
        return (min, max);
    }

    private PatternNode Atom()
    {
        var c = pattern[at++];
        return c switch
        {
            '(' => Group(),
            '[' => Class(),
            '\\' => Escape(),
            '.' => AnyText,
            '^' or '$' => NoText,
            '*' or '+' or '?' => throw new NotSupportedException($"quantifier without an atom at {at - 1}"),
            _ => Char(c),
        };
    }

    private PatternNode Group()
    {
        var zeroWidth = false;
        if (Next("?:") || Next("?>")) { }
        else if (Next("?=") || Next("?!") || Next("?<=") || Next("?<!")) zeroWidth = true;
        else if (Next("?<") || Next("?'"))
        {
            var end = pattern.IndexOfAny(['>', '\''], at);
            if (end < 0 || pattern[at..end].Any(ch => !char.IsLetterOrDigit(ch) && ch != '_')) throw new NotSupportedException("unsupported group");
            at = end + 1;
        }
        else if (at < pattern.Length && pattern[at] == '?') throw new NotSupportedException($"unsupported construct (?{pattern[at + 1]} at {at}");
        var inner = Choice();
        if (at >= pattern.Length || pattern[at] != ')') throw new NotSupportedException("unclosed group");
        at++;
        return zeroWidth ? NoText : inner;
    }

    // A class of plain ASCII characters ([/.]) is a choice of literals; any other class (ranges, \w, negation) is unknown text.
    private PatternNode Class()
    {
        var negated = at < pattern.Length && pattern[at] == '^';
        if (negated) at++;
        var chars = new List<char>();
        var plain = !negated;
        var first = true;
        while (true)
        {
            if (at >= pattern.Length) throw new NotSupportedException("unclosed class");
            var c = pattern[at++];
            if (c == ']' && !first) break;
            first = false;
            if (c == '[') throw new NotSupportedException("nested class");
            if (c == '\\')
            {
                if (at >= pattern.Length) throw new NotSupportedException("trailing backslash");
                var e = pattern[at++];
                if (char.IsLetterOrDigit(e)) { plain = false; if (e is 'p' or 'P') SkipBraces(); continue; }
                c = e;
            }
            else if (c == '-' && chars.Count > 0 && at < pattern.Length && pattern[at] != ']')
            {
                if (pattern[at] == '[') throw new NotSupportedException("class subtraction");
                plain = false;
                continue;
            }
            if (!IsLiteral(c)) plain = false;
            chars.Add(c);
        }
        return plain ? new PatternNode.Choice([.. chars.Distinct().Select(ch => (PatternNode)new PatternNode.Literal(ch))]) : AnyText;
    }

    private PatternNode Escape()
    {
        if (at >= pattern.Length) throw new NotSupportedException("trailing backslash");
        var c = pattern[at++];
        switch (c)
        {
            case 'b' or 'B' or 'A' or 'Z' or 'z' or 'G':
                return NoText;
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                return AnyText;
            case 'p' or 'P':
                SkipBraces();
                return AnyText;
            case 'k':
                var end = pattern.IndexOfAny(['>', '\''], at);
                if (end < 0) throw new NotSupportedException("bad back-reference");
                at = end + 1;
                return AnyText;
            case >= '1' and <= '9':
                while (at < pattern.Length && char.IsAsciiDigit(pattern[at])) at++;
                return AnyText;
            case 't' or 'n' or 'r' or 'f' or 'v' or 'e' or 'a':
                return AnyText;
            default:
                if (char.IsAsciiLetterOrDigit(c)) throw new NotSupportedException($"unsupported escape \\{c}");
                return Char(c);
        }
    }

    private void SkipBraces()
    {
        var close = at < pattern.Length && pattern[at] == '{' ? pattern.IndexOf('}', at) : -1;
        if (close < 0) throw new NotSupportedException("bad \\p");
        at = close + 1;
    }

    // Non-ASCII letters are left out: their case twins under IgnoreCase are not those of ordinal comparison. Dashes and quotes have no case.
    private static PatternNode Char(char c) => IsLiteral(c) ? new PatternNode.Literal(c) : AnyText;

    private static bool IsLiteral(char c) => c <= 127 || (!char.IsLetter(c) && !char.IsSurrogate(c) && char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c);

    private bool Next(string text)
    {
        if (!pattern.AsSpan(at).StartsWith(text, StringComparison.Ordinal)) return false;
        at += text.Length;
        return true;
    }
}
