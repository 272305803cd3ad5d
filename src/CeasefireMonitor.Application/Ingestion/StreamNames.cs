namespace CeasefireMonitor.Application.Ingestion;

/// <summary>Stream naming: one stream per article, one per conflict (holding all its phases), one for rejected inputs.</summary>
public static class StreamNames
{
    public const string Rejections = "rejections";

    public static string Article(string articleId) => $"article-{articleId}";

    public static string Conflict(string conflictId) => $"conflict-{conflictId}";
}
