using System.Globalization;
using System.Text.Json;
using CeasefireMonitor.Benchmarks.Corpus;

namespace CeasefireMonitor.Cli.Tests.Instances;

/// <summary>A folder for `ceasefire replay`: the seeds and some synthetic articles, with their manifest.</summary>
public static class CorpusFolder
{
    public static (string Folder, int Articles) Write(string workDir, int generated)
    {
        var folder = Directory.CreateDirectory(Path.Combine(workDir, "corpus")).FullName;
        using var seeds = JsonDocument.Parse(File.ReadAllText(Path.Combine(CliRunner.Seeds, "manifest.json")));
        var entries = new List<object>();
        foreach (var seed in seeds.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = seed.GetProperty("file").GetString()!;
            File.Copy(Path.Combine(CliRunner.Seeds, file), Path.Combine(folder, file));
            entries.Add(new { file, published = seed.GetProperty("published").GetString() });
        }
        var i = 0;
        foreach (var article in SyntheticCorpus.Generate(generated, seed: 11))
        {
            var file = $"generated_{i++:D4}.txt";
            File.WriteAllText(Path.Combine(folder, file), article.Text);
            entries.Add(new { file, published = article.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        }
        File.WriteAllText(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(new { articles = entries }));
        return (folder, entries.Count);
    }
}
