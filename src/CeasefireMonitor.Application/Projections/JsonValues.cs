using System.Globalization;
using System.Text.Json;
using CeasefireMonitor.Domain.Dates;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Projections;

/// <summary>Values written as <see cref="Serialization.EventJson.Options"/> writes them, for the documents written without the serializer.</summary>
internal static class JsonValues
{
    private static readonly JsonEncodedText ArticleId = JsonEncodedText.Encode("articleId"), Sentence = JsonEncodedText.Encode("sentence");
    private static readonly JsonEncodedText Start = JsonEncodedText.Encode("start"), Length = JsonEncodedText.Encode("length");

    // Null properties are left out, as DefaultIgnoreCondition.WhenWritingNull does; null items of a list are written.
    public static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }

    public static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string?>? values)
    {
        if (values is null) return;
        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++) WriteStringValue(writer, values[i]);
        writer.WriteEndArray();
    }

    public static void WriteStringValue(Utf8JsonWriter writer, string? value)
    {
        if (value is not null) writer.WriteStringValue(value);
        else writer.WriteNullValue();
    }

    public static void WriteEvidence(Utf8JsonWriter writer, JsonEncodedText name, Evidence evidence)
    {
        writer.WriteStartObject(name);
        WriteString(writer, ArticleId, evidence.ArticleId);
        WriteString(writer, Sentence, evidence.Sentence);
        writer.WriteNumber(Start, evidence.Start);
        writer.WriteNumber(Length, evidence.Length);
        writer.WriteEndObject();
    }

    // JsonStringEnumConverter writes a defined value by its name and any other value as its number.
    public static void WriteEnum<T>(Utf8JsonWriter writer, T value) where T : struct, Enum
    {
        if (EnumNames<T>.Encoded.TryGetValue(value, out var name)) writer.WriteStringValue(name);
        else writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
    }

    // As PartialDateJsonConverter writes it, formatted on the stack instead of as a new string per value.
    public static void WriteDate(Utf8JsonWriter writer, PartialDate date)
    {
        if (date.Year is < 0 or > 9999)
        {
            writer.WriteStringValue(date.ToString());
            return;
        }
        Span<char> text = stackalloc char[10];
        var length = date.Precision switch { DatePrecision.Day => 10, DatePrecision.Month => 7, _ => 4 };
        Digits(text[..4], date.Year);
        if (length > 4) { text[4] = '-'; Digits(text.Slice(5, 2), date.Month); }
        if (length > 7) { text[7] = '-'; Digits(text.Slice(8, 2), date.Day); }
        writer.WriteStringValue(text[..length]);
    }

    private static void Digits(Span<char> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--, value /= 10) into[i] = (char)('0' + value % 10);
    }

    private static class EnumNames<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, JsonEncodedText> Encoded = Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => JsonEncodedText.Encode(v.ToString()));
    }
}
