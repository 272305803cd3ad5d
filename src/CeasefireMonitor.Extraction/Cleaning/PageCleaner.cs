namespace CeasefireMonitor.Extraction.Cleaning;

/// <summary>Splits an article into lines and marks page junk, the headline and section headings without copying text.</summary>
internal static class PageCleaner
{
    private const int MaxHeadingWords = 20;

    public static CleanedPage Clean(string text, string? title)
    {
        var lines = new List<TextLine>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? headline = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        if (headline is not null) seen.Add(headline);
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var (s, len) = Trim(text, start, end - start);
            if (len > 0)
            {
                var line = text.Substring(s, len);
                var kind = Classify(line, seen, headline is null && lines.Count == 0);
                if (kind == LineKind.Title) headline = line;
                lines.Add(new TextLine(s, len, kind));
            }
            start = end + 1;
        }
        return new CleanedPage(lines, headline);
    }

    // Every line but junk is remembered, so that its repeat is junk: added at once (one hash of a long paragraph), forgotten if junk.
    private static LineKind Classify(string line, HashSet<string> seen, bool first)
    {
        if (!seen.Add(line)) return LineKind.Junk;
        if (JunkLines.IsJunk(line) || !HasLetter(line))
        {
            seen.Remove(line);
            return LineKind.Junk;
        }
        if (!LooksLikeHeading(line)) return LineKind.Body;
        return first ? LineKind.Title : LineKind.Heading;
    }

    // Headlines and section titles are short and do not end a sentence with a period.
    private static bool LooksLikeHeading(string line)
    {
        var trimmed = line.AsSpan().TrimEnd("\"”’' ");
        if (trimmed.Length > 0 && trimmed[^1] is '.' or ':' or ';') return false;
        return SpaceSeparatedWords(line) <= MaxHeadingWords;
    }

    // Counted in place rather than split into strings: a paragraph line has a hundred words, of which only the count matters.
    private static int SpaceSeparatedWords(string line)
    {
        var words = 0;
        for (var i = 0; i < line.Length; i++)
            if (line[i] != ' ' && (i == 0 || line[i - 1] == ' ') && ++words > MaxHeadingWords) break;
        return words;
    }

    private static bool HasLetter(string line)
    {
        foreach (var c in line)
            if (char.IsLetter(c)) return true;
        return false;
    }

    private static (int Start, int Length) Trim(string text, int start, int length)
    {
        var end = start + length;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end - start);
    }
}
