using System.Buffers;
using System.Text;
using System.Text.Json;
using CeasefireMonitor.Application.Projections.Timeline;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Tests.Support;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Tests.Serialization;

public sealed class TimelineJsonTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    private static string Written(TimelineDocument document, bool indented = false)
    {
        var options = indented ? EventJson.Indented : EventJson.Options;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented }))
            TimelineJson.Write(writer, document);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static TimelineSource Source(string sentence, Claim? claim = null) => new("a1b2c3d4e5f60718", new DateOnly(2021, 3, 9), sentence, 120, sentence.Length, claim);

    public static TheoryData<TimelineDocument> Documents() => new()
    {
        new TimelineDocument("x-y-2021", []),
        new TimelineDocument("x-y-2021",
        [
            new TimelineEntry(EventType.ClashReported, new PartialDate(2021), ["Xland", "Yland"], null, null, true, [Source("Plain words.")]),
            new TimelineEntry(EventType.CasualtiesReported, new PartialDate(2021, 3), ["Xland"], "Port <Town> & \"Bay\"",
                new Casualties(new CasualtyFigure(40, CountQualifier.MoreThan), null, "civilians"), false,
                [Source("Quotes \" and \\ backslashes, tabs\tand\nnew lines, é, – dashes, 😀, \u2028 and \u0001.", new Claim("Xland", []))]),
            new TimelineEntry(EventType.CeasefireAgreed, new PartialDate(2021, 3, 9), [], null,
                new Casualties(null, new CasualtyFigure(3, CountQualifier.Exact)), false,
                [Source("One.", new Claim("Yland", ["Xland", "Zland"])), Source("Two.")]),
            new TimelineEntry((EventType)99, default, ["Yland"], "", new Casualties(null, null, null), false, []),
            new TimelineEntry(EventType.HostilitiesEnded, new PartialDate(9999, 12, 31), ["A"], null, new Casualties(new CasualtyFigure(-1, (CountQualifier)42), null), false, [Source("")]),
        ]),
        // Nulls where the types do not allow them, as a document read from an older or hand-edited store could hold.
        new TimelineDocument(null!, null!),
        new TimelineDocument("x-y-2021", [new TimelineEntry(EventType.ClashReported, new PartialDate(2020, 1), null!, null, null, false, null!)]),
        new TimelineDocument("x-y-2021", [new TimelineEntry(EventType.ClashReported, new PartialDate(2020, 1), ["A", null!], null, null, false, [new TimelineSource(null!, default, null!, 0, 0, new Claim(null!, null!))])]),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Write_AnyDocument_SameTextAsTheSerializer(TimelineDocument document)
    {
        Assert.Equal(JsonSerializer.Serialize(document, EventJson.Options), Written(document));
        Assert.Equal(JsonSerializer.Serialize(document, EventJson.Indented), Written(document, indented: true));
    }

    [Fact]
    public async Task Write_TimelinesOfTheSeedReplay_SameTextAsTheSerializer()
    {
        await _store.ReplayAsync(RepoPaths.Seeds);
        var stored = await _store.Store.ReadModels.LoadAllAsync(TimelineProjection.ProjectionName);
        Assert.NotEmpty(stored);
        foreach (var (_, json) in stored)
        {
            var document = JsonSerializer.Deserialize<TimelineDocument>(json, EventJson.Options)!;
            Assert.Equal(JsonSerializer.Serialize(document, EventJson.Options), json);
            Assert.Equal(json, Written(document));
        }
    }
}
