using System.Text.Json;
using System.Text.Json.Serialization;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Serialization;

/// <summary>Writes the two sides as a two-element array, which is all their identity needs.</summary>
public sealed class ConflictSidesJsonConverter : JsonConverter<ConflictSides>
{
    // Read token by token: every reported event carries its sides, and a nested deserialiser call per event costs more than the rest of the read.
    public override ConflictSides Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw NotTwoNames();
        var a = NextName(ref reader);
        var b = NextName(ref reader);
        return reader.Read() && reader.TokenType == JsonTokenType.EndArray ? new ConflictSides(a, b) : throw NotTwoNames();
    }

    private static string NextName(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw NotTwoNames();

    private static JsonException NotTwoNames() => new("Conflict sides must be an array of two names");

    public override void Write(Utf8JsonWriter writer, ConflictSides value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new[] { value.A, value.B }, options);
}
