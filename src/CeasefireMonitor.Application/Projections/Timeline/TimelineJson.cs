using System.Globalization;
using System.Text.Json;
using CeasefireMonitor.Domain.Events;
using static CeasefireMonitor.Application.Projections.JsonValues;

namespace CeasefireMonitor.Application.Projections.Timeline;

/// <summary>
/// Writes a timeline document exactly as <see cref="Serialization.EventJson.Options"/> would (same properties, order, nulls
/// left out, enums by name), without the serializer's per-property metadata calls: at a rebuild's commit the timelines are
/// most of the JSON written, and the general serializer was about a sixth of a rebuild's processor time.
/// </summary>
public static class TimelineJson
{
    private static readonly JsonEncodedText PhaseId = JsonEncodedText.Encode("phaseId"), Entries = JsonEncodedText.Encode("entries");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type"), OccurredOn = JsonEncodedText.Encode("occurredOn");
    private static readonly JsonEncodedText Actors = JsonEncodedText.Encode("actors"), Location = JsonEncodedText.Encode("location");
    private static readonly JsonEncodedText CasualtiesName = JsonEncodedText.Encode("casualties"), IsBackground = JsonEncodedText.Encode("isBackground");
    private static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources"), ArticleId = JsonEncodedText.Encode("articleId");
    private static readonly JsonEncodedText PublishedOn = JsonEncodedText.Encode("publishedOn"), Sentence = JsonEncodedText.Encode("sentence");
    private static readonly JsonEncodedText Start = JsonEncodedText.Encode("start"), Length = JsonEncodedText.Encode("length");
    private static readonly JsonEncodedText ClaimName = JsonEncodedText.Encode("claim"), Claimant = JsonEncodedText.Encode("claimant");
    private static readonly JsonEncodedText DisputedBy = JsonEncodedText.Encode("disputedBy"), Killed = JsonEncodedText.Encode("killed");
    private static readonly JsonEncodedText Injured = JsonEncodedText.Encode("injured"), Victims = JsonEncodedText.Encode("victims");
    private static readonly JsonEncodedText Count = JsonEncodedText.Encode("count"), Qualifier = JsonEncodedText.Encode("qualifier");

    /// <summary>Writes the document as the serializer with <see cref="Serialization.EventJson.Options"/> writes it, byte for byte.</summary>
    public static void Write(Utf8JsonWriter writer, TimelineDocument document)
    {
        writer.WriteStartObject();
        WriteString(writer, PhaseId, document.PhaseId);
        if (document.Entries is { } entries)
        {
            writer.WriteStartArray(Entries);
            for (var i = 0; i < entries.Count; i++) WriteEntry(writer, entries[i]);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter writer, TimelineEntry? entry)
    {
        if (entry is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStartObject();
        writer.WritePropertyName(Type);
        WriteEnum(writer, entry.Type);
        writer.WritePropertyName(OccurredOn);
        WriteDate(writer, entry.OccurredOn);
        WriteStrings(writer, Actors, entry.Actors);
        WriteString(writer, Location, entry.Location);
        if (entry.Casualties is { } casualties) WriteCasualties(writer, casualties);
        writer.WriteBoolean(IsBackground, entry.IsBackground);
        if (entry.Sources is { } sources)
        {
            writer.WriteStartArray(Sources);
            for (var i = 0; i < sources.Count; i++) WriteSource(writer, sources[i]);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter writer, TimelineSource? source)
    {
        if (source is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStartObject();
        WriteString(writer, ArticleId, source.ArticleId);
        Span<char> date = stackalloc char[16];
        // DateOnly in the round-trip form, as the serializer writes it.
        writer.WriteString(PublishedOn, source.PublishedOn.TryFormat(date, out var written, "O", CultureInfo.InvariantCulture) ? date[..written] : source.PublishedOn.ToString("O", CultureInfo.InvariantCulture));
        WriteString(writer, Sentence, source.Sentence);
        writer.WriteNumber(Start, source.Start);
        writer.WriteNumber(Length, source.Length);
        if (source.Claim is { } claim)
        {
            writer.WriteStartObject(ClaimName);
            WriteString(writer, Claimant, claim.Claimant);
            WriteStrings(writer, DisputedBy, claim.DisputedBy);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteCasualties(Utf8JsonWriter writer, Casualties casualties)
    {
        writer.WriteStartObject(CasualtiesName);
        if (casualties.Killed is { } killed) WriteFigure(writer, Killed, killed);
        if (casualties.Injured is { } injured) WriteFigure(writer, Injured, injured);
        WriteString(writer, Victims, casualties.Victims);
        writer.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter writer, JsonEncodedText name, CasualtyFigure figure)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber(Count, figure.Count);
        writer.WritePropertyName(Qualifier);
        WriteEnum(writer, figure.Qualifier);
        writer.WriteEndObject();
    }
}
