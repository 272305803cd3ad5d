using System.Text.Json;

namespace CeasefireMonitor.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static JsonElement[] Phases(string json) => [.. JsonDocument.Parse(json).RootElement.GetProperty("phases").EnumerateArray()];

    [Fact]
    public async Task Replay_Seeds_PrintsEveryPhaseWithItsStatus()
    {
        var (exit, output, error) = await _cli.RunOnStoreAsync("replay", CliRunner.Seeds);

        Assert.True(exit == 0, error);
        Assert.Contains("armenia-azerbaijan-2020", output, StringComparison.Ordinal);
        Assert.Contains("Ended (Agreement)", output, StringComparison.Ordinal);
        Assert.Contains("CeasefireCalled", output, StringComparison.Ordinal);
        Assert.Contains("Ended (Surrender)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_KnownAt20201001Json_Shows2020PhaseCeasefireCalledOnly()
    {
        await _cli.RunOnStoreAsync("replay", CliRunner.Seeds);

        var (exit, output, error) = await _cli.RunOnStoreAsync("status", "--known-at", "2020-10-01", "--json");

        Assert.True(exit == 0, error);
        var phases = Phases(output);
        var phase2020 = Assert.Single(phases, p => p.GetProperty("startedOn").GetString() == "2020-09-27");
        Assert.Equal("CeasefireCalled", phase2020.GetProperty("status").GetString());
        Assert.All(phases, p => Assert.True(string.CompareOrdinal(p.GetProperty("startedOn").GetString(), "2020-10-01") <= 0));
        Assert.All(phases, p => Assert.Equal("Armenia–Azerbaijan", p.GetProperty("conflict").GetString()));
    }

    [Fact]
    public async Task Replay_Twice_StoreUnchanged()
    {
        await _cli.RunOnStoreAsync("replay", CliRunner.Seeds);
        var first = (await _cli.RunOnStoreAsync("status", "--json")).Out;
        var size = new FileInfo(_cli.StorePath).Length;

        var (exit, output, _) = await _cli.RunOnStoreAsync("replay", CliRunner.Seeds);

        Assert.Equal(0, exit);
        Assert.Equal(5, output.Split('\n').Count(l => l.Contains("already ingested", StringComparison.Ordinal)));
        Assert.Equal(first, (await _cli.RunOnStoreAsync("status", "--json")).Out);
        Assert.Equal(size, new FileInfo(_cli.StorePath).Length);
    }

    [Fact]
    public async Task Extract_Json_PrintsEventsAndStoresNothing()
    {
        var file = Path.Combine(_cli.WorkDir, "article.txt");
        await File.WriteAllTextAsync(file, "Fighting between Ethiopian federal troops and Tigrayan forces resumed on Wednesday near Mekelle, officials said.\n\nThe African Union urged both sides to agree to an immediate ceasefire.");

        var (exit, output, error) = await _cli.RunAsync("extract", file, "--published", "2022-08-26", "--json");

        Assert.True(exit == 0, error);
        var events = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        var clash = Assert.Single(events, e => e.GetProperty("type").GetString() == "ClashReported");
        Assert.Equal("2022-08-24", clash.GetProperty("occurredOn").GetString());
        Assert.Contains("Ethiopia", clash.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("Mekelle", clash.GetProperty("evidence").GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Contains(events, e => e.GetProperty("type").GetString() == "CeasefireCalled");
        Assert.False(Directory.Exists(Path.Combine(_cli.WorkDir, "data")));
    }

    [Fact]
    public async Task Ingest_EmptyFile_ExitsOneNamingFileAndListedAsRejected()
    {
        var file = Path.Combine(_cli.WorkDir, "empty.txt");
        await File.WriteAllBytesAsync(file, []);

        var (exit, _, error) = await _cli.RunOnStoreAsync("ingest", file, "--published", "2023-04-16");

        Assert.Equal(1, exit);
        Assert.Equal($"error: {file}: the file is empty", error.Trim());
        var rejected = await _cli.RunOnStoreAsync("rejected", "--json");
        Assert.Contains("the file is empty", rejected.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_JsonLinesWithOneMalformedLine_IngestsTheOthersAndExitsOne()
    {
        var file = Path.Combine(_cli.WorkDir, "feed.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"title":"Clashes in Khartoum","maintext":"Heavy fighting broke out between the Sudanese army and the Rapid Support Forces in Khartoum on Saturday.","date_publish":"2023-04-16 09:00:00","url":"https://example.org/1","source_domain":"example.org"}""",
            """{"title":"broken", "maintext": """,
        ]);

        var (exit, output, error) = await _cli.RunOnStoreAsync("ingest", file);

        Assert.Equal(1, exit);
        Assert.Contains("feed.jsonl:2", error, StringComparison.Ordinal);
        Assert.Contains("feed.jsonl:1: ingested", output, StringComparison.Ordinal);
        Assert.Single(Phases((await _cli.RunOnStoreAsync("status", "--json")).Out));
    }

    [Theory]
    [InlineData("status", "--known-at", "yesterday")]
    [InlineData("no-such-command")]
    [InlineData("ingest")]
    public async Task Run_UsageError_ExitsTwo(params string[] args) =>
        Assert.Equal(2, (await _cli.RunOnStoreAsync(args)).Exit);

    [Fact]
    public async Task Timeline_AndRebuild_Work()
    {
        await _cli.RunOnStoreAsync("replay", CliRunner.Seeds);
        var before = (await _cli.RunOnStoreAsync("timeline", "armenia-azerbaijan-2023", "--json")).Out;
        Assert.Contains("SurrenderDeclared", before, StringComparison.Ordinal);

        var rebuild = await _cli.RunOnStoreAsync("rebuild");

        Assert.Equal(0, rebuild.Exit);
        Assert.Equal(before, (await _cli.RunOnStoreAsync("timeline", "armenia-azerbaijan-2023", "--json")).Out);
    }

    [Fact]
    public async Task Status_ArticleTextWithMarkup_PrintedAsText()
    {
        var file = Path.Combine(_cli.WorkDir, "markup.txt");
        await File.WriteAllTextAsync(file, "Heavy fighting [red]broke out[/] between the Sudanese army and the Rapid Support Forces in Khartoum on Saturday <script>alert(1)</script>.");
        var ingest = await _cli.RunOnStoreAsync("ingest", file, "--published", "2023-04-16");
        Assert.True(ingest.Exit == 0, ingest.Err);

        var (exit, output, error) = await _cli.RunOnStoreAsync("status");

        Assert.True(exit == 0, error);
        Assert.Contains("[red]", output, StringComparison.Ordinal);
    }
}
