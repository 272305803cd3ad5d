using System.Text.Json;
using System.Text.Json.Serialization;
using CeasefireMonitor.Domain.Dates;

namespace CeasefireMonitor.Application.Serialization;

/// <summary>Writes a partial date as "YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.TryParse(reader.GetString(), out var date) ? date : throw new JsonException($"'{reader.GetString()}' is not a partial date");

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
