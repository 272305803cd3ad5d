using System.Text.Json;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction;

namespace CeasefireMonitor.Extraction.Tests.Support;

/// <summary>The seed articles of /seeds, read through manifest.json, and their extraction by the default extractor.</summary>
internal static class SeedArticles
{
    private static readonly Lazy<Dictionary<string, ArticleText>> Articles = new(Load);

    public static ArticleText Get(string prefix) => Articles.Value.First(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal)).Value;

    public static IReadOnlyList<ReportedFact> Extract(string prefix) => ArticleExtractor.CreateDefault().Extract(Get(prefix));

    public static IEnumerable<ArticleText> All => Articles.Value.Values;

    private static Dictionary<string, ArticleText> Load()
    {
        var seeds = Path.Combine(RepositoryRoot(), "seeds");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(seeds, "manifest.json")));
        var result = new Dictionary<string, ArticleText>(StringComparer.Ordinal);
        foreach (var entry in manifest.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var published = DateOnly.Parse(entry.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var title = entry.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            result[file] = new ArticleText(file, File.ReadAllText(Path.Combine(seeds, file)), published, title);
        }
        return result;
    }

    /// <summary>The lines of <paramref name="written"/>, of every seed and of every eval page: what the equivalence tests compare on.</summary>
    public static IEnumerable<string> LinesWith(IEnumerable<string> written) =>
        written.Concat(All.Select(a => a.Text))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "eval", "articles"), "*.txt").Select(File.ReadAllText))
            .SelectMany(t => t.Split('\n'));

    /// <summary>The lengths of a text's heads the equivalence tests try: from 3 characters on in steps of up to 5, and the whole text.</summary>
    public static IEnumerable<int> HeadLengths(string text)
    {
        for (var end = Math.Min(text.Length, 3); end <= text.Length; end += end < text.Length ? Math.Min(5, text.Length - end) : 1)
            yield return end;
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CeasefireMonitor.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CeasefireMonitor.sln not found above the test assembly");
    }
}
