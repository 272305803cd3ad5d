using System.Text.Json;

namespace CeasefireMonitor.Application.Ingestion;

/// <summary>Reads a folder of articles described by manifest.json, in publication order.</summary>
public static class ManifestReader
{
    public const string FileName = "manifest.json";
    private const int MaxManifestBytes = 16 * 1024 * 1024;

    private sealed record Manifest(List<Entry>? Articles);

    private sealed record Entry(string? File, string? Published, string? Title, string? Source, string? Url, string? DateOrder);

    /// <exception cref="InvalidDataException">The manifest is missing or malformed; the message names it and says why.</exception>
    public static IReadOnlyList<SourceItem> Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: no manifest.json in this folder");
        if (new FileInfo(path).Length > MaxManifestBytes) throw new InvalidDataException($"{path}: the manifest is larger than {MaxManifestBytes:N0} bytes");
        Manifest? manifest;
        try { manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(path), new JsonSerializerOptions(JsonSerializerDefaults.Web)); }
        catch (JsonException ex) { throw new InvalidDataException($"{path}: malformed JSON ({ex.Message})", ex); }
        if (manifest?.Articles is null) throw new InvalidDataException($"{path}: no \"articles\" array");
        return [.. manifest.Articles.Select((e, i) => (e, i)).OrderBy(x => x.e.Published ?? "", StringComparer.Ordinal).ThenBy(x => x.i).Select(x => ToItem(folder, x.e, x.i))];
    }

    private static SourceItem ToItem(string folder, Entry entry, int index)
    {
        if (string.IsNullOrWhiteSpace(entry.File)) return SourceItem.Unreadable($"{FileName}#{index + 1}", "the manifest entry names no file");
        var full = Path.GetFullPath(Path.Combine(folder, entry.File));
        if (!full.StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal)) return SourceItem.Unreadable(entry.File, "the file lies outside the manifest's folder");
        if (!File.Exists(full)) return SourceItem.Unreadable(entry.File, "the manifest names a file that does not exist");
        var length = new FileInfo(full).Length;
        if (length > ArticleValidator.MaxBytes) return SourceItem.Unreadable(entry.File, $"the article is {length:N0} bytes, over the limit of {ArticleValidator.MaxBytes:N0} bytes (2 MB)");
        return SourceItem.Article(new ArticleInput(entry.File, File.ReadAllBytes(full), entry.Published, entry.Title, entry.Source, entry.Url, DateOrders.Parse(entry.DateOrder)));
    }
}
