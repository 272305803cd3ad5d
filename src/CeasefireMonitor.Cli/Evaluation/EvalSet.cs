using System.Text;
using System.Text.Json;

namespace CeasefireMonitor.Cli.Evaluation;

/// <summary>An article of the evaluation set: its page text and its gold annotation.</summary>
public sealed record EvalArticle(string Name, string Text, GoldArticle Gold);

/// <summary>Loads a folder of `*.txt` pages with their `*.gold.json` annotations (directly or under `articles/`).</summary>
public static class EvalSet
{
    private const long MaxFileBytes = 2 * 1024 * 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The articles in name order; a bad file throws <see cref="InvalidDataException"/> naming the file and the reason.</summary>
    public static IReadOnlyList<EvalArticle> Load(string directory)
    {
        if (!Directory.Exists(directory)) throw new InvalidDataException($"{directory}: no such directory");
        var folder = Directory.Exists(Path.Combine(directory, "articles")) ? Path.Combine(directory, "articles") : directory;
        var texts = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (texts.Count == 0) throw new InvalidDataException($"{folder}: no *.txt articles");
        return [.. texts.Select(Read)];
    }

    private static EvalArticle Read(string textPath)
    {
        var goldPath = Path.ChangeExtension(textPath, ".gold.json");
        if (!File.Exists(goldPath)) throw new InvalidDataException($"{textPath}: no gold file {Path.GetFileName(goldPath)} beside it");
        var text = ReadText(textPath);
        GoldArticle? gold;
        try { gold = JsonSerializer.Deserialize<GoldArticle>(ReadText(goldPath), Json); }
        catch (JsonException ex) { throw new InvalidDataException($"{goldPath}: not a gold file: {ex.Message}", ex); }
        if (gold is null || gold.Events is null || gold.Traps is null) throw new InvalidDataException($"{goldPath}: needs `published`, `events` and `traps`");
        if (!DateOnly.TryParseExact(gold.Published, "yyyy-MM-dd", out _)) throw new InvalidDataException($"{goldPath}: `published` must be YYYY-MM-DD, got '{gold.Published}'");
        return new EvalArticle(Path.GetFileNameWithoutExtension(textPath), text, gold);
    }

    private static string ReadText(string path)
    {
        if (new FileInfo(path).Length > MaxFileBytes) throw new InvalidDataException($"{path}: larger than 2 MB");
        try { return StrictUtf8.GetString(File.ReadAllBytes(path)); }
        catch (DecoderFallbackException) { throw new InvalidDataException($"{path}: not UTF-8 text"); }
    }
}
