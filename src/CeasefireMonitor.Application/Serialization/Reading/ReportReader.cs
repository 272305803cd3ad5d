using System.Text.Json;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Serialization.Reading;

/// <summary>Reads the parts every reported event carries: its report, evidence, claim and casualty figures.</summary>
internal static class ReportReader
{
    public static EventReport? Report(ref Utf8JsonReader reader, NameCache names)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        Tokens.StartObject(ref reader);
        PartialDate occurredOn = default;
        DateOnly publishedOn = default;
        string[]? actors = null;
        ConflictSides? sides = null;
        string? location = null, extractorVersion = null;
        Claim? claim = null;
        Evidence? evidence = null;
        var isBackground = false;
        while (Tokens.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("occurredOn"u8)) { Tokens.Value(ref reader); occurredOn = Tokens.PartialDate(ref reader); }
            else if (reader.ValueTextEquals("publishedOn"u8)) { Tokens.Value(ref reader); publishedOn = Tokens.DateOnly(ref reader); }
            else if (reader.ValueTextEquals("actors"u8)) { Tokens.Value(ref reader); actors = Tokens.Strings(ref reader, names); }
            else if (reader.ValueTextEquals("sides"u8)) { Tokens.Value(ref reader); sides = Tokens.Sides(ref reader, names); }
            else if (reader.ValueTextEquals("location"u8)) { Tokens.Value(ref reader); location = Tokens.String(ref reader, names); }
            else if (reader.ValueTextEquals("claim"u8)) { Tokens.Value(ref reader); claim = Claim(ref reader, names); }
            else if (reader.ValueTextEquals("evidence"u8)) { Tokens.Value(ref reader); evidence = Evidence(ref reader, names); }
            else if (reader.ValueTextEquals("extractorVersion"u8)) { Tokens.Value(ref reader); extractorVersion = Tokens.String(ref reader, names); }
            else if (reader.ValueTextEquals("isBackground"u8)) { Tokens.Value(ref reader); isBackground = Tokens.Boolean(ref reader); }
            else throw new JsonShapeException();
        }
        return new EventReport(occurredOn, publishedOn, actors!, sides!, location, claim, evidence!, extractorVersion!, isBackground);
    }

    public static Evidence? Evidence(ref Utf8JsonReader reader, NameCache names)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        Tokens.StartObject(ref reader);
        string? articleId = null, sentence = null;
        int start = 0, length = 0;
        while (Tokens.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("articleId"u8)) { Tokens.Value(ref reader); articleId = Tokens.String(ref reader, names); }
            else if (reader.ValueTextEquals("sentence"u8)) { Tokens.Value(ref reader); sentence = reader.TokenType == JsonTokenType.String ? names.Recent(ref reader) : Tokens.String(ref reader); }
            else if (reader.ValueTextEquals("start"u8)) { Tokens.Value(ref reader); start = Tokens.Int32(ref reader); }
            else if (reader.ValueTextEquals("length"u8)) { Tokens.Value(ref reader); length = Tokens.Int32(ref reader); }
            else throw new JsonShapeException();
        }
        return new Evidence(articleId!, sentence!, start, length);
    }

    public static Casualties? Casualties(ref Utf8JsonReader reader, NameCache names)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        Tokens.StartObject(ref reader);
        CasualtyFigure? killed = null, injured = null;
        string? victims = null;
        while (Tokens.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("killed"u8)) { Tokens.Value(ref reader); killed = Figure(ref reader); }
            else if (reader.ValueTextEquals("injured"u8)) { Tokens.Value(ref reader); injured = Figure(ref reader); }
            else if (reader.ValueTextEquals("victims"u8)) { Tokens.Value(ref reader); victims = Tokens.String(ref reader, names); }
            else throw new JsonShapeException();
        }
        return new Casualties(killed, injured, victims);
    }

    private static Claim? Claim(ref Utf8JsonReader reader, NameCache names)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        Tokens.StartObject(ref reader);
        string? claimant = null;
        string[]? disputedBy = null;
        while (Tokens.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("claimant"u8)) { Tokens.Value(ref reader); claimant = Tokens.String(ref reader, names); }
            else if (reader.ValueTextEquals("disputedBy"u8)) { Tokens.Value(ref reader); disputedBy = Tokens.Strings(ref reader, names); }
            else throw new JsonShapeException();
        }
        return new Claim(claimant!, disputedBy!);
    }

    private static CasualtyFigure? Figure(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        Tokens.StartObject(ref reader);
        var count = 0;
        var qualifier = default(CountQualifier);
        while (Tokens.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("count"u8)) { Tokens.Value(ref reader); count = Tokens.Int32(ref reader); }
            else if (reader.ValueTextEquals("qualifier"u8)) { Tokens.Value(ref reader); qualifier = Tokens.Enum(ref reader, EnumNames<CountQualifier>.Instance); }
            else throw new JsonShapeException();
        }
        return new CasualtyFigure(count, qualifier);
    }
}
