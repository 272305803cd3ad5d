using System.Text.Json;
using System.Text.Json.Serialization;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Serialization;

/// <summary>Writes the two sides as a two-element array, which is all their identity needs.</summary>
public sealed class ConflictSidesJsonConverter : JsonConverter<ConflictSides>
{
    public override ConflictSides Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var sides = JsonSerializer.Deserialize<string[]>(ref reader, options);
        return sides is [var a, var b] ? new ConflictSides(a, b) : throw new JsonException("Conflict sides must be an array of two names");
    }

    public override void Write(Utf8JsonWriter writer, ConflictSides value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new[] { value.A, value.B }, options);
}
