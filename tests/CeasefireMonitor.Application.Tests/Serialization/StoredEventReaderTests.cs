using System.Text;
using System.Text.Json;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Serialization.Reading;
using CeasefireMonitor.Application.Tests.Support;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Tests.Serialization;

public sealed class StoredEventReaderTests : IAsyncLifetime
{
    private readonly TempStore _store = new();
    private readonly StoredEventReader _reader = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Read_EveryEventOfTheSeedReplay_WritesBackToTheStoredBytes()
    {
        await _store.ReplayAsync(RepoPaths.Seeds);
        var types = new HashSet<Type>();
        await foreach (var recorded in _store.Store.Events.ReadAllAsync())
        {
            if (EventTypes.TypeOf(recorded.Type) is not { } type || type == typeof(ArticleIngested) || type == typeof(ArticleRejected)) continue;
            var e = _reader.Read(recorded.Data, type)!;
            Assert.IsType(type, e);
            Assert.Equal(Encoding.UTF8.GetString(recorded.Data), Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(e, type, EventJson.Options)));
            types.Add(type);
        }
        Assert.True(types.Count >= 6, $"the seeds gave phase events of {types.Count} types");
    }

    [Theory]
    // Property names in another case, which the serializer's web defaults accept.
    [InlineData(typeof(ClashReported), """{"PhaseId":"a-b-2020","Report":{"occurredOn":"2020-09","publishedOn":"2020-10-01","actors":["A"],"sides":["A","B"],"evidence":{"articleId":"x","sentence":"S.","start":1,"length":2},"extractorVersion":"1"}}""")]
    // An enum as a number, an unknown property, escaped strings, nulls.
    [InlineData(typeof(PhaseStatusChanged), """{"phaseId":"a-b-2020","conflictId":"a-b","sequence":2,"oldStatus":0,"newStatus":"Ended","endReason":"Surrender","occurredOn":"2020","publishedOn":"2020-01-02","evidence":{"articleId":"x","sentence":"\u0041 \"quoted\" line.","start":0,"length":3},"extra":{"nested":[1,2]}}""")]
    [InlineData(typeof(CasualtiesReported), """{"phaseId":"a-b-2020","report":{"occurredOn":"2020-02-29","publishedOn":"2020-03-01","actors":["B","A","A"],"sides":["B","A"],"location":null,"claim":{"claimant":"A","disputedBy":["B"]},"evidence":{"articleId":"x","sentence":"S.","start":1,"length":2},"extractorVersion":"1","isBackground":true},"casualties":{"killed":{"count":12,"qualifier":"MoreThan"},"injured":null,"victims":"civilians"}}""")]
    // A property another event type has, and missing ones.
    [InlineData(typeof(PhaseOpened), """{"phaseId":"a-b-2020","sequence":4,"sides":["A","B"],"startedOn":"2020-01","publishedOn":"2020-01-05"}""")]
    [InlineData(typeof(PhaseStartRevised), """{"phaseId":"a-b-2019","startedOn":" 2019","evidence":{"articleId":"x","sentence":"S.","start":1,"length":2},"publishedOn":"2020-01-05"}""")]
    [InlineData(typeof(CeasefireAgreed), """{"phaseId":"a-b-2020","report":{"occurredOn":"2020","publishedOn":"2020-03-01","actors":[],"sides":["A","B"],"evidence":{"articleId":"\u0078","sentence":"S.","start":1,"length":2},"extractorVersion":"1"}}""")]
    public void Read_ShapesTheMonitorDoesNotWrite_GivesWhatTheSerializerGives(Type type, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = JsonSerializer.Deserialize(bytes, type, EventJson.Options)!;
        var actual = _reader.Read(bytes, type)!;
        Assert.Equal(JsonSerializer.Serialize(expected, type, EventJson.Options), JsonSerializer.Serialize(actual, type, EventJson.Options));
    }

    [Theory]
    [InlineData(typeof(ClashReported), """{"phaseId":"a-b-2020","report":{"occurredOn":"2020-13"}}""")]
    [InlineData(typeof(PhaseOpened), """{"phaseId":"a-b-2020","sides":["A","A"]}""")]
    [InlineData(typeof(PhaseStatusChanged), """{"phaseId":"a-b-2020","newStatus":"Paused"}""")]
    [InlineData(typeof(CeasefireCalled), """{"phaseId":"a-b-2020",""")]
    public void Read_InvalidJson_FailsAsTheSerializerDoes(Type type, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = Record.Exception(() => JsonSerializer.Deserialize(bytes, type, EventJson.Options));
        Assert.NotNull(expected);
        Assert.IsType(expected.GetType(), Record.Exception(() => _reader.Read(bytes, type)));
    }

    [Fact]
    public void Read_ThousandsOfNamesSomeEscaped_GivesEachNameAndSharesTheRepeatedOnes()
    {
        // Enough distinct names to grow the reader's name table several times; each read twice, the second time escaped or not.
        var first = new List<ClashReported>();
        for (var i = 0; i < 3_000; i++) first.Add(ReadClash($"phase-{i}", $"Actor {i % 700} of the north"));
        for (var i = 0; i < 3_000; i++)
        {
            var again = ReadClash(i % 2 == 0 ? $"phase-{i}" : $"\u0070hase-{i}", $"Actor {i % 700} of the north");
            Assert.Equal($"phase-{i}", again.PhaseId);
            Assert.Equal($"Actor {i % 700} of the north", again.Report.Actors[0]);
            if (i % 2 == 0) Assert.Same(first[i].PhaseId, again.PhaseId);
            Assert.Same(first[i % 700].Report.Actors[0], again.Report.Actors[0]);
        }
    }

    private ClashReported ReadClash(string phaseId, string actor) => (ClashReported)_reader.Read(Encoding.UTF8.GetBytes(
        $$$"""{"phaseId":"{{{phaseId}}}","report":{"occurredOn":"2020-09","publishedOn":"2020-10-01","actors":["{{{actor}}}"],"sides":["A","B"],"evidence":{"articleId":"x","sentence":"S.","start":1,"length":2},"extractorVersion":"1"}}"""), typeof(ClashReported))!;
}
