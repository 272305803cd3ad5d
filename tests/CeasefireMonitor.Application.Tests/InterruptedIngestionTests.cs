using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Tests.Support;
using CeasefireMonitor.Domain.Conflicts;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Application.Tests;

public sealed class InterruptedIngestionTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Ingest_AfterCrashBeforeArticleRecorded_CompletesWithoutDuplicates()
    {
        // A crash after the conflict's events were appended but before the article event was written.
        var input = Articles.Input("a.txt", Articles.SudanClash);
        var articleId = ArticleValidator.IdOf(Articles.SudanClash);
        var facts = ArticleExtractor.CreateDefault().Extract(new ArticleText(articleId, Articles.SudanClash, new DateOnly(2023, 4, 16)));
        var conflictId = facts[0].Report.Sides.ConflictId;
        var decided = ConflictDecider.Decide(ConflictState.Initial(conflictId), [.. facts.Where(f => f.Report.Sides.ConflictId == conflictId)]);
        var data = decided.Select((e, i) => EventSerializer.ToEventData(e, Guid.NewGuid(), new EventMetadata(articleId))).ToList();
        await _store.Store.Events.AppendAsync(StreamNames.Conflict(conflictId), ExpectedRevision.NoStream, data);

        var outcome = await _store.Ingestion.IngestAsync(input);

        Assert.Equal(IngestStatus.Ingested, outcome.Status);
        Assert.Equal(data.Count, outcome.EventCount);
        var stream = new List<RecordedEvent>();
        await foreach (var e in _store.Store.Events.ReadStreamAsync(StreamNames.Conflict(conflictId))) stream.Add(e);
        Assert.Equal(data.Count, stream.Count);
    }

    [Fact]
    public async Task Ingest_SameTextUnderAnotherName_IsAlreadyIngested()
    {
        await _store.Ingestion.IngestAsync(Articles.Input("a.txt", Articles.SudanClash));
        var position = await _store.Store.Events.GetLastPositionAsync();
        var again = await _store.Ingestion.IngestAsync(Articles.Input("copy-of-a.txt", Articles.SudanClash, "2023-04-17"));
        Assert.Equal(IngestStatus.AlreadyIngested, again.Status);
        Assert.Equal(position, await _store.Store.Events.GetLastPositionAsync());
    }

    [Fact]
    public void Serialize_ClashReported_PinnedJson()
    {
        var e = new ClashReported("sudan-2023", new EventReport(Domain.Dates.PartialDate.Parse("2023-04"), new DateOnly(2023, 4, 16), ["Sudan"],
            new ConflictSides("Sudan", "Rapid Support Forces"), "Khartoum", new Claim("Sudan", []), new Evidence("a1", "S.", 3, 2), "1.0.0"));
        var data = EventSerializer.ToEventData(e, Guid.Empty, new EventMetadata("a1"));
        Assert.Equal("V1.ClashReported", data.Type);
        Assert.Equal("""{"phaseId":"sudan-2023","report":{"occurredOn":"2023-04","publishedOn":"2023-04-16","actors":["Sudan"],"sides":["Rapid Support Forces","Sudan"],"location":"Khartoum","claim":{"claimant":"Sudan","disputedBy":[]},"evidence":{"articleId":"a1","sentence":"S.","start":3,"length":2},"extractorVersion":"1.0.0","isBackground":false}}""",
            System.Text.Encoding.UTF8.GetString(data.Data));
        Assert.Equal(e.Report.Sides, ((ClashReported)EventSerializer.Deserialize(new RecordedEvent("s", 0, 1, Guid.Empty, data.Type, data.Data, data.Metadata, DateTimeOffset.UnixEpoch))!).Report.Sides);
    }
}
