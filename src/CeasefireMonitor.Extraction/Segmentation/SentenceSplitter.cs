using System.Buffers;

namespace CeasefireMonitor.Extraction.Segmentation;

/// <summary>Splits a paragraph into sentences, keeping abbreviations, initials and decimals inside their sentence.</summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "brig", "st", "sen", "rep",
        "gov", "rev", "hon", "pres", "amb", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp",
        "jr", "sr", "approx", "est", "dept", "fig", "vol", "al", "mt", "ft",
    };

    // The word before a dot is looked up as a span of the text, not copied.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationSpans = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private const string Closers = "\"'”’)]»";

    // Searched vectorised: most characters end nothing.
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?");

    public static IEnumerable<(int Start, int Length)> Split(string text, int start, int length)
    {
        var end = start + length;
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var next = text.AsSpan(i, end - i).IndexOfAny(Terminators);
            if (next < 0) break;
            i += next;
            var c = text[i];
            var close = i + 1;
            while (close < end && (Closers.Contains(text[close], StringComparison.Ordinal) || text[close] is '.' or '!' or '?')) close++;
            if (close < end && !char.IsWhiteSpace(text[close])) continue;
            if (c == '.' && !EndsSentence(text, sentenceStart, i, close, end)) continue;
            yield return Trimmed(text, sentenceStart, close);
            sentenceStart = close;
            i = close - 1;
        }
        if (sentenceStart < end && text.AsSpan(sentenceStart, end - sentenceStart).Trim().Length > 0)
            yield return Trimmed(text, sentenceStart, end);
    }

    private static bool EndsSentence(string text, int sentenceStart, int dot, int close, int end)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 0) return true;
        // Initials ("J.") and dotted acronyms ("U.S", "U.N") rarely end a sentence in news copy.
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        if (word.Contains('.')) return NextStartsSentence(text, close, end) && word.Length > 4;
        if (AbbreviationSpans.Contains(word)) return false;
        return NextStartsSentence(text, close, end);
    }

    private static bool NextStartsSentence(string text, int close, int end)
    {
        var next = close;
        while (next < end && char.IsWhiteSpace(text[next])) next++;
        if (next >= end) return true;
        var c = text[next];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' || !char.IsLetter(c);
    }

    private static (int Start, int Length) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end - start);
    }
}
