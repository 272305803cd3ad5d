using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Extraction.Numbers;

/// <summary>A counted figure in a sentence ("more than 100"), its offset in the sentence and the noun it counts, if any.</summary>
internal sealed record CountMention(int Start, int Length, CasualtyFigure Figure, string? Noun)
{
    public int End => Start + Length;
}
