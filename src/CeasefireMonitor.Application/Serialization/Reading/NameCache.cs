using System.Text.Json;

namespace CeasefireMonitor.Application.Serialization.Reading;

/// <summary>
/// One string per distinct short value (phase ids, article ids, actor names): a value seen before is found from the
/// reader's bytes without making a new string. Not thread-safe: one cache per reading thread.
/// </summary>
internal sealed class NameCache
{
    private const int MaxLength = 96, MaxEntries = 50_000;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameCache() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxLength) return reader.GetString()!;
        Span<char> chars = stackalloc char[MaxLength];
        var written = reader.CopyString(chars);
        if (_lookup.TryGetValue(chars[..written], out var known)) return known;
        var name = new string(chars[..written]);
        // Bounded, so a log of unusual values cannot grow it without limit; the values past the bound are simply not shared.
        if (_names.Count < MaxEntries) _names[name] = name;
        return name;
    }
}
