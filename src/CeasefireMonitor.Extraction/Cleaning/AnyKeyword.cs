using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using CeasefireMonitor.Extraction.Patterns;

namespace CeasefireMonitor.Extraction.Cleaning;

/// <summary>
/// The keyword gates of several patterns asked at once: a text it refuses, every one of their gates refuses.
/// It passes what any of them may pass: a literal of any (in any case), a non-ASCII symbol of one, a letter twin of an ASCII one.
/// </summary>
internal sealed class AnyKeyword
{
    private readonly bool always;
    private readonly SearchValues<string>? words;
    private readonly SearchValues<char>? symbols;

    public AnyKeyword(IEnumerable<Regex> patterns)
    {
        var literals = new List<string>();
        foreach (var pattern in patterns)
        {
            if (KeywordGate.For(pattern).Literals is not { } needed)
            {
                always = true;
                return;
            }
            literals.AddRange(needed);
        }
        var ascii = literals.Where(l => Ascii.IsValid(l)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var other = literals.Where(l => !Ascii.IsValid(l)).Select(l => l.First(c => !char.IsAscii(c))).Distinct().ToArray();
        if (ascii.Length > 0) words = SearchValues.Create(ascii, StringComparison.OrdinalIgnoreCase);
        if (other.Length > 0) symbols = SearchValues.Create(other);
    }

    public bool MayMatch(ReadOnlySpan<char> text) =>
        always || (symbols is not null && text.ContainsAny(symbols)) || (words is not null && text.ContainsAny(words))
        || text.ContainsAny(LiteralScan.AsciiTwins);
}
