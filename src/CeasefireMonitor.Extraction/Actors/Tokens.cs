namespace CeasefireMonitor.Extraction.Actors;

/// <summary>A word of a text: a run of letters and digits, with its span.</summary>
internal readonly record struct Token(int Start, int Length)
{
    public int End => Start + Length;

    public static List<Token> Of(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            tokens.Add(new Token(start, i - start));
        }
        return tokens;
    }

    /// <summary>The first token at or after <paramref name="from"/>, if any.</summary>
    public static Token? Next(string text, int from)
    {
        var i = from;
        while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
        if (i == text.Length) return null;
        var start = i;
        while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
        return new Token(start, i - start);
    }
}
