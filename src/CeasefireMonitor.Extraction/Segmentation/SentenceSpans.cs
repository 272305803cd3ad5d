namespace CeasefireMonitor.Extraction.Segmentation;

/// <summary>Something found in a sentence at an offset: a trigger, a date.</summary>
internal interface ISentenceSpan
{
    int Start { get; }
}

internal static class SentenceSpans
{
    /// <summary>A stable insertion sort by start, in place (what OrderBy did, without its buffers): a sentence holds a handful.</summary>
    public static List<T> SortByStart<T>(List<T> spans) where T : ISentenceSpan
    {
        for (var i = 1; i < spans.Count; i++)
        {
            var span = spans[i];
            var j = i - 1;
            for (; j >= 0 && spans[j].Start > span.Start; j--) spans[j + 1] = spans[j];
            spans[j + 1] = span;
        }
        return spans;
    }
}
