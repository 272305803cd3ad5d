using System.Buffers;
using System.Text;
using System.Text.Json;
using CeasefireMonitor.Application.Projections.PhaseStatuses;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Tests.Support;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Domain.Phases;

namespace CeasefireMonitor.Application.Tests.Serialization;

public sealed class PhaseStatusJsonTests : IAsyncLifetime
{
    private readonly TempStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    private static string Written(PhaseStatusDocument document, bool indented = false)
    {
        var options = indented ? EventJson.Indented : EventJson.Options;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented }))
            PhaseStatusJson.Write(writer, document);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static readonly Evidence Quoted = new("a1b2c3d4e5f60718", "Quotes \" and \\ backslashes, tabs\tand\nnew lines, é, – dashes, 😀, \u2028 and \u0001.", 120, 80);

    private static readonly PhaseState Agreed = new("x-y-2021", "x-y", new ConflictSides("Xland", "Yland"), new PartialDate(2021, 3), new PartialDate(2021, 3, 9),
        PhaseStatus.CeasefireAgreed, null, new PartialDate(2021, 4), new PartialDate(2021, 4), Quoted, 2);

    public static TheoryData<PhaseStatusDocument> Documents() => new()
    {
        new PhaseStatusDocument(PhaseState.Initial("x-y-2021"), "", []),
        new PhaseStatusDocument(Agreed, "Xland–Yland <&>",
        [
            new StatusHistoryEntry(1, null, PhaseStatus.Fighting, null, new PartialDate(2021), new DateTimeOffset(2026, 11, 24, 7, 52, 17, TimeSpan.Zero).AddTicks(5834871), 7730, Quoted),
            new StatusHistoryEntry(2, PhaseStatus.Fighting, PhaseStatus.CeasefireAgreed, null, new PartialDate(2021, 4), new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(2)).AddTicks(5000000), 7731, new Evidence("b", "", 0, 0)),
            new StatusHistoryEntry(3, PhaseStatus.CeasefireAgreed, PhaseStatus.Ended, EndReason.Agreement, new PartialDate(9999, 12, 31), DateTimeOffset.MinValue, long.MaxValue, Quoted),
        ]),
        new PhaseStatusDocument(Agreed with { Status = (PhaseStatus)99, EndReason = (EndReason)7, LastHostilities = null, Since = default(PartialDate), StatusChanges = -1 }, "",
            [new StatusHistoryEntry(0, (PhaseStatus)42, PhaseStatus.Ended, EndReason.Surrender, default, DateTimeOffset.MaxValue, -5, null!)]),
        // Nulls where the types do not allow them, as a document read from an older or hand-edited store could hold.
        new PhaseStatusDocument(null!, null!, null!),
        new PhaseStatusDocument(new PhaseState(null!, null!, new ConflictSides(null!, "Xland"), default, null, null, null, null, null, new Evidence(null!, null!, 0, 0)), "x", [null!]),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Write_AnyDocument_SameTextAsTheSerializer(PhaseStatusDocument document)
    {
        Assert.Equal(JsonSerializer.Serialize(document, EventJson.Options), Written(document));
        Assert.Equal(JsonSerializer.Serialize(document, EventJson.Indented), Written(document, indented: true));
    }

    [Fact]
    public async Task Write_PhaseStatusesOfTheSeedReplay_SameTextAsTheSerializer()
    {
        await _store.ReplayAsync(RepoPaths.Seeds);
        var stored = await _store.Store.ReadModels.LoadAllAsync(PhaseStatusProjection.ProjectionName);
        Assert.NotEmpty(stored);
        foreach (var (_, json) in stored)
        {
            var document = JsonSerializer.Deserialize<PhaseStatusDocument>(json, EventJson.Options)!;
            Assert.Equal(JsonSerializer.Serialize(document, EventJson.Options), json);
            Assert.Equal(json, Written(document));
        }
    }
}
