using System.Text.Json;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Domain.Phases;

namespace CeasefireMonitor.Application.Serialization.Reading;

/// <summary>
/// Reads the phase events a catch-up replays straight from their UTF-8 JSON, token by token: the general serializer
/// builds a stack of frames and boxed constructor arguments for every event, which was most of a rebuild's garbage.
/// JSON in any shape the monitor does not write, and the other types, go to the general serializer, so results are the same.
/// </summary>
public sealed class StoredEventReader
{
    private readonly NameCache _names = new();

    /// <summary>The event of the given registered type; not thread-safe (each reading thread has its own reader).</summary>
    public object? Read(ReadOnlySpan<byte> json, Type type)
    {
        if (!Handles(type)) return JsonSerializer.Deserialize(json, type, EventJson.Options);
        try
        {
            var reader = new Utf8JsonReader(json);
            Tokens.Value(ref reader);
            var e = ReadEvent(ref reader, type);
            return reader.Read() ? throw new JsonShapeException() : e;
        }
        catch (Exception e) when (e is JsonShapeException or JsonException or ArgumentException)
        {
            return JsonSerializer.Deserialize(json, type, EventJson.Options);
        }
    }

    private static bool Handles(Type type) =>
        typeof(IReportedEvent).IsAssignableFrom(type) || type == typeof(PhaseOpened) || type == typeof(PhaseStartRevised) || type == typeof(PhaseStatusChanged);

    private object ReadEvent(ref Utf8JsonReader reader, Type type)
    {
        Tokens.StartObject(ref reader);
        string? phaseId = null, conflictId = null;
        EventReport? report = null;
        Casualties? casualties = null;
        ConflictSides? sides = null;
        PartialDate startedOn = default, occurredOn = default;
        Evidence? evidence = null;
        DateOnly publishedOn = default;
        var sequence = 0;
        PhaseStatus? oldStatus = null;
        var newStatus = default(PhaseStatus);
        EndReason? endReason = null;
        while (Tokens.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("phaseId"u8)) { Tokens.Value(ref reader); phaseId = Tokens.String(ref reader, _names); }
            else if (reader.ValueTextEquals("report"u8)) { Tokens.Value(ref reader); report = ReportReader.Report(ref reader, _names); }
            else if (reader.ValueTextEquals("casualties"u8)) { Tokens.Value(ref reader); casualties = ReportReader.Casualties(ref reader, _names); }
            else if (reader.ValueTextEquals("conflictId"u8)) { Tokens.Value(ref reader); conflictId = Tokens.String(ref reader, _names); }
            else if (reader.ValueTextEquals("sides"u8)) { Tokens.Value(ref reader); sides = Tokens.Sides(ref reader, _names); }
            else if (reader.ValueTextEquals("startedOn"u8)) { Tokens.Value(ref reader); startedOn = Tokens.PartialDate(ref reader); }
            else if (reader.ValueTextEquals("occurredOn"u8)) { Tokens.Value(ref reader); occurredOn = Tokens.PartialDate(ref reader); }
            else if (reader.ValueTextEquals("evidence"u8)) { Tokens.Value(ref reader); evidence = ReportReader.Evidence(ref reader, _names); }
            else if (reader.ValueTextEquals("publishedOn"u8)) { Tokens.Value(ref reader); publishedOn = Tokens.DateOnly(ref reader); }
            else if (reader.ValueTextEquals("sequence"u8)) { Tokens.Value(ref reader); sequence = Tokens.Int32(ref reader); }
            else if (reader.ValueTextEquals("oldStatus"u8)) { Tokens.Value(ref reader); oldStatus = Tokens.OptionalEnum(ref reader, EnumNames<PhaseStatus>.Instance); }
            else if (reader.ValueTextEquals("newStatus"u8)) { Tokens.Value(ref reader); newStatus = Tokens.Enum(ref reader, EnumNames<PhaseStatus>.Instance); }
            else if (reader.ValueTextEquals("endReason"u8)) { Tokens.Value(ref reader); endReason = Tokens.OptionalEnum(ref reader, EnumNames<EndReason>.Instance); }
            else throw new JsonShapeException();
        }
        return Create(type, phaseId!, conflictId!, report!, casualties!, sides!, startedOn, occurredOn, evidence!, publishedOn, sequence, oldStatus, newStatus, endReason);
    }

    // Like the serializer, a property that the type has no use for is read and dropped.
    private static object Create(Type type, string phaseId, string conflictId, EventReport report, Casualties casualties, ConflictSides sides,
        PartialDate startedOn, PartialDate occurredOn, Evidence evidence, DateOnly publishedOn, int sequence, PhaseStatus? oldStatus, PhaseStatus newStatus, EndReason? endReason)
    {
        if (type == typeof(ClashReported)) return new ClashReported(phaseId, report);
        if (type == typeof(CasualtiesReported)) return new CasualtiesReported(phaseId, report, casualties);
        if (type == typeof(CeasefireCalled)) return new CeasefireCalled(phaseId, report);
        if (type == typeof(MediationOffered)) return new MediationOffered(phaseId, report);
        if (type == typeof(CeasefireAgreed)) return new CeasefireAgreed(phaseId, report);
        if (type == typeof(CeasefireViolated)) return new CeasefireViolated(phaseId, report);
        if (type == typeof(SurrenderDeclared)) return new SurrenderDeclared(phaseId, report);
        if (type == typeof(HostilitiesEnded)) return new HostilitiesEnded(phaseId, report);
        if (type == typeof(PhaseOpened)) return new PhaseOpened(phaseId, conflictId, sides, startedOn, evidence, publishedOn);
        if (type == typeof(PhaseStartRevised)) return new PhaseStartRevised(phaseId, startedOn, evidence, publishedOn);
        if (type == typeof(PhaseStatusChanged)) return new PhaseStatusChanged(phaseId, conflictId, sequence, oldStatus, newStatus, endReason, occurredOn, publishedOn, evidence);
        throw new JsonShapeException();
    }
}
