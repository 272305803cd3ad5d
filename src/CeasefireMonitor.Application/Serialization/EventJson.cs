using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CeasefireMonitor.Application.Serialization;

/// <summary>The JSON settings of everything the monitor stores and prints.</summary>
public static class EventJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropComputedProperties } },
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new PartialDateJsonConverter());
        options.Converters.Add(new ConflictSidesJsonConverter());
        options.MakeReadOnly(populateMissingResolver: false);
        return options;
    }

    // Computed properties (no setter, no constructor parameter) are derived on read, so they are not stored.
    private static void DropComputedProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || !info.Type.Namespace!.StartsWith("CeasefireMonitor.Domain", StringComparison.Ordinal)) return;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
            if (info.Properties[i].Set is null && info.Properties[i].AssociatedParameter is null)
                info.Properties.RemoveAt(i);
    }
}
