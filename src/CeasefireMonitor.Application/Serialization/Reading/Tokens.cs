using System.Text.Json;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Serialization.Reading;

/// <summary>
/// Reads the values of the monitor's own JSON straight from a <see cref="Utf8JsonReader"/>. Anything the writer would
/// not have written (another casing, a number for an enum, an unusual date form) throws <see cref="JsonShapeException"/>.
/// </summary>
internal static class Tokens
{
    public static void StartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonShapeException();
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new JsonShapeException();
        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw new JsonShapeException(),
        };
    }

    /// <summary>Moves from a property name to its value.</summary>
    public static void Value(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new JsonShapeException();
    }

    public static string? String(ref Utf8JsonReader reader, NameCache? names = null) => reader.TokenType switch
    {
        JsonTokenType.String => names is null ? reader.GetString() : names.Get(ref reader),
        JsonTokenType.Null => null,
        _ => throw new JsonShapeException(),
    };

    public static int Int32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw new JsonShapeException();

    public static bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new JsonShapeException(),
    };

    /// <summary>A list of strings as an array of its exact length: one object per event's actors instead of a List and its array.</summary>
    public static string[]? Strings(ref Utf8JsonReader reader, NameCache names)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonShapeException();
        // Actor lists hold two or three names; the first three wait in locals until the length is known.
        string? first = null, second = null, third = null;
        List<string>? more = null;
        var count = 0;
        while (true)
        {
            Value(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray) break;
            var value = String(ref reader, names)!;
            switch (count++)
            {
                case 0: first = value; break;
                case 1: second = value; break;
                case 2: third = value; break;
                default: (more ??= []).Add(value); break;
            }
        }
        var values = count == 0 ? Array.Empty<string>() : new string[count];
        if (count > 0) values[0] = first!;
        if (count > 1) values[1] = second!;
        if (count > 2) values[2] = third!;
        for (var i = 3; i < count; i++) values[i] = more![i - 3];
        return values;
    }

    public static ConflictSides? Sides(ref Utf8JsonReader reader, NameCache names)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonShapeException();
        Value(ref reader);
        var a = reader.TokenType == JsonTokenType.String ? names.Get(ref reader) : throw new JsonShapeException();
        Value(ref reader);
        var b = reader.TokenType == JsonTokenType.String ? names.Get(ref reader) : throw new JsonShapeException();
        Value(ref reader);
        return reader.TokenType == JsonTokenType.EndArray && a != b ? names.Sides(a, b) : throw new JsonShapeException();
    }

    /// <summary>"YYYY", "YYYY-MM" or "YYYY-MM-DD", as <see cref="PartialDate.ToString"/> writes it.</summary>
    public static PartialDate PartialDate(ref Utf8JsonReader reader)
    {
        var text = Unescaped(ref reader);
        if (text.Length is not (4 or 7 or 10) || (text.Length > 4 && text[4] != '-') || (text.Length > 7 && text[7] != '-')) throw new JsonShapeException();
        var year = Digits(text[..4]);
        var month = text.Length > 4 ? Digits(text.Slice(5, 2)) : 0;
        var day = text.Length > 7 ? Digits(text.Slice(8, 2)) : 0;
        if (year < 1 || (text.Length > 4 && month is < 1 or > 12) || (text.Length > 7 && (day < 1 || day > DateTime.DaysInMonth(year, month)))) throw new JsonShapeException();
        return new PartialDate(year, month, day);
    }

    public static PartialDate? OptionalPartialDate(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : PartialDate(ref reader);

    /// <summary>"YYYY-MM-DD", the only form the serializer reads a DateOnly from.</summary>
    public static DateOnly DateOnly(ref Utf8JsonReader reader)
    {
        var text = Unescaped(ref reader);
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') throw new JsonShapeException();
        var (year, month, day) = (Digits(text[..4]), Digits(text.Slice(5, 2)), Digits(text.Slice(8, 2)));
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : throw new JsonShapeException();
    }

    /// <summary>An enum written by name; a name not among <paramref name="names"/> (or a number) is left to the serializer.</summary>
    public static T Enum<T>(ref Utf8JsonReader reader, EnumNames<T> names) where T : struct, System.Enum
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonShapeException();
        for (var i = 0; i < names.Utf8.Length; i++)
            if (reader.ValueTextEquals(names.Utf8[i])) return names.Values[i];
        throw new JsonShapeException();
    }

    public static T? OptionalEnum<T>(ref Utf8JsonReader reader, EnumNames<T> names) where T : struct, System.Enum =>
        reader.TokenType == JsonTokenType.Null ? null : Enum(ref reader, names);

    private static ReadOnlySpan<byte> Unescaped(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence ? reader.ValueSpan : throw new JsonShapeException();

    private static int Digits(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var b in digits)
            value = b is >= (byte)'0' and <= (byte)'9' ? value * 10 + (b - '0') : throw new JsonShapeException();
        return value;
    }
}

/// <summary>An enum's names as UTF-8, matched against a JSON string without making a string.</summary>
internal sealed class EnumNames<T> where T : struct, System.Enum
{
    public static EnumNames<T> Instance { get; } = new();

    public byte[][] Utf8 { get; } = [.. System.Enum.GetNames<T>().Select(System.Text.Encoding.UTF8.GetBytes)];

    public T[] Values { get; } = System.Enum.GetValues<T>();
}
