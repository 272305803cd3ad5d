namespace CeasefireMonitor.Extraction.Segmentation;

/// <summary>A sentence with its span in the original article text and the paragraph it belongs to.</summary>
internal sealed record Sentence(string Text, int Start, int Paragraph, int Index)
{
    public int Length => Text.Length;
}
