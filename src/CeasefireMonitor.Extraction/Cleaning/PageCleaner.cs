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
                if (kind != LineKind.Junk) seen.Add(line);
                lines.Add(new TextLine(s, len, kind));
            }
            start = end + 1;
        }
        return new CleanedPage(lines, headline);
    }

    private static LineKind Classify(string line, HashSet<string> seen, bool first)
    {
        if (seen.Contains(line) || JunkLines.IsJunk(line) || !line.Any(char.IsLetter)) return LineKind.Junk;
        if (!LooksLikeHeading(line)) return LineKind.Body;
        return first ? LineKind.Title : LineKind.Heading;
    }

    // Headlines and section titles are short and do not end a sentence with a period.
    private static bool LooksLikeHeading(string line)
    {
        var last = line.TrimEnd('"', '”', '’', '\'', ' ').LastOrDefault();
        if (last is '.' or ':' or ';') return false;
        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords;
    }

    private static (int Start, int Length) Trim(string text, int start, int length)
    {
        var end = start + length;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end - start);
    }
}
