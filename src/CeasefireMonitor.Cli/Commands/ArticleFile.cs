using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Extraction;

namespace CeasefireMonitor.Cli.Commands;

/// <summary>Reads one article file, refusing oversized files before loading them.</summary>
public static class ArticleFile
{
    public static SourceItem Read(string path, string? published, string? title, string? source, DateOrder order)
    {
        var length = new FileInfo(path).Length;
        return length > ArticleValidator.MaxBytes
            ? SourceItem.Unreadable(path, $"the article is {length:N0} bytes, over the limit of {ArticleValidator.MaxBytes:N0} bytes (2 MB)")
            : SourceItem.Article(new ArticleInput(path, File.ReadAllBytes(path), published, title, source, null, order));
    }
}
