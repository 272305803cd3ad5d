using CeasefireMonitor.Extraction.Tests.Support;

namespace CeasefireMonitor.Extraction.Tests.Seeds;

public class SeedDumpTests
{
    [Fact]
    public void Extract_AllSeeds_WritesReadableDump()
    {
        var lines = new List<string>();
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            lines.Add($"=== {prefix}");
            lines.AddRange(SeedArticles.Extract(prefix).Select(FactFormat.Line));
        }
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "ceasefire-seed-extraction.txt"), lines);
        Assert.NotEmpty(lines);
    }
}
