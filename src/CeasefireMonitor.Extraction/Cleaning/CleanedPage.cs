namespace CeasefireMonitor.Extraction.Cleaning;

/// <summary>The article's lines by kind; body lines are its paragraphs, in order.</summary>
internal sealed record CleanedPage(IReadOnlyList<TextLine> Lines, string? Title)
{
    public IEnumerable<TextLine> Paragraphs => Lines.Where(l => l.Kind == LineKind.Body);
}
