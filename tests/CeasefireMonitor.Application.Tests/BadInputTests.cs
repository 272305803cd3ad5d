using System.Text;
using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Queries;
using CeasefireMonitor.Application.Tests.Support;

namespace CeasefireMonitor.Application.Tests;

public sealed class BadInputTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    public static TheoryData<string, byte[], string?, string> BadInputs() => new()
    {
        { "empty.txt", [], "2023-04-16", "empty" },
        { "spaces.txt", Encoding.UTF8.GetBytes("   \n\t  "), "2023-04-16", "no text" },
        { "latin1.txt", [0x46, 0x69, 0xE8, 0x72, 0x65, 0x20, 0xFF, 0xFE], "2023-04-16", "not valid UTF-8" },
        { "binary.bin", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i % 32))], "2023-04-16", "binary" },
        { "huge.txt", Encoding.UTF8.GetBytes(new string('a', ArticleValidator.MaxBytes + 1)), "2023-04-16", "over the limit" },
        { "nodate.txt", Encoding.UTF8.GetBytes(Articles.SudanClash), null, "date is missing" },
        { "baddate.txt", Encoding.UTF8.GetBytes(Articles.SudanClash), "16/04/2023", "not a date" },
        { "future.txt", Encoding.UTF8.GetBytes(Articles.SudanClash), "2999-01-01", "in the future" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Ingest_BadInput_RejectedWithReasonAndNothingElseWritten(string name, byte[] content, string? published, string reason)
    {
        var outcome = await _store.Ingestion.IngestAsync(new ArticleInput(name, content, published));

        Assert.Equal(IngestStatus.Rejected, outcome.Status);
        Assert.Contains(reason, outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(1, await _store.Store.Events.GetLastPositionAsync());
        var rejected = Assert.Single(await new RejectionQueries(_store.Store).AllAsync());
        Assert.Equal((name, outcome.Reason), (rejected.Input, rejected.Reason));
    }

    [Fact]
    public async Task Ingest_SameBadInputTwice_RecordedOnce()
    {
        await _store.Ingestion.IngestAsync(new ArticleInput("empty.txt", [], "2023-04-16"));
        await _store.Ingestion.IngestAsync(new ArticleInput("empty.txt", [], "2023-04-16"));
        Assert.Single(await new RejectionQueries(_store.Store).AllAsync());
    }

    [Fact]
    public async Task Replay_ManifestNamingMissingAndBadFiles_IngestsTheRestAndRecordsEach()
    {
        var folder = Path.Combine(_store.Folder, "articles");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "good.txt"), Articles.SudanClash);
        await File.WriteAllBytesAsync(Path.Combine(folder, "empty.txt"), []);
        await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"), """
            {"articles":[
              {"file":"missing.txt","published":"2023-04-15"},
              {"file":"empty.txt","published":"2023-04-15"},
              {"file":"good.txt","published":"2023-04-16"},
              {"file":"../outside.txt","published":"2023-04-16"}
            ]}
            """);

        var outcomes = await _store.ReplayAsync(folder);

        Assert.Equal(IngestStatus.Ingested, Assert.Single(outcomes, o => o.Input == "good.txt").Status);
        Assert.Equal(3, outcomes.Count(o => o.Status == IngestStatus.Rejected));
        Assert.Contains(outcomes, o => o.Input == "missing.txt" && o.Reason!.Contains("does not exist", StringComparison.Ordinal));
        Assert.Single(await _store.Phases.CurrentAsync());
        Assert.Equal(3, (await new RejectionQueries(_store.Store).AllAsync()).Count);
    }

    [Fact]
    public void Read_MalformedManifest_NamesFileAndReason()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_store.Folder, "broken")).FullName;
        File.WriteAllText(Path.Combine(folder, "manifest.json"), "{\"articles\": [");
        var error = Assert.Throws<InvalidDataException>(() => ManifestReader.Read(folder));
        Assert.Contains("manifest.json: malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedJsonLine_IsUnreadableWithReason()
    {
        var item = JsonLinesReader.Parse("feed.jsonl:3", "{\"title\": \"x\", \"maintext\": ");
        Assert.Null(item.Input);
        Assert.Contains("malformed JSON", item.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NewsPleaseLine_MapsFields()
    {
        var item = JsonLinesReader.Parse("feed.jsonl:1", """{"title":"T","maintext":"Body.","date_publish":"2023-04-16 08:30:00","url":"https://example.org/a","source_domain":"example.org"}""");
        Assert.Equal(("T", "2023-04-16 08:30:00", "https://example.org/a", "example.org"), (item.Input!.Title, item.Input.Published, item.Input.Url, item.Input.Source));
        Assert.Equal("Body.", Encoding.UTF8.GetString(item.Input.Content));
    }
}
