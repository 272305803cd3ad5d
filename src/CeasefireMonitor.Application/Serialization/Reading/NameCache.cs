using System.Text.Json;
using CeasefireMonitor.Domain.Events;

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

    // The last long value read (a sentence), by its bytes as stored: the events of one sentence follow each other in the log.
    private byte[] _recentBytes = new byte[512];
    private int _recentLength;
    private string? _recent;
    private ConflictSides? _sides;

    /// <summary>The string of a long value, shared with the previous call's when the stored bytes are the same.</summary>
    public string Recent(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence) return reader.GetString()!;
        var bytes = reader.ValueSpan;
        if (_recent is not null && bytes.SequenceEqual(_recentBytes.AsSpan(0, _recentLength))) return _recent;
        _recent = reader.GetString()!;
        // One buffer, grown when needed, holds the bytes: a copy per value would cost what sharing saves.
        if (bytes.Length > _recentBytes.Length) _recentBytes = new byte[Math.Max(bytes.Length, 2 * _recentBytes.Length)];
        bytes.CopyTo(_recentBytes);
        _recentLength = bytes.Length;
        return _recent;
    }

    /// <summary>Two sides read as names of this cache, shared with the last ones read when they are the same.</summary>
    public ConflictSides Sides(string a, string b) =>
        _sides is { } last && ReferenceEquals(a, last.A) && ReferenceEquals(b, last.B) ? last : _sides = new ConflictSides(a, b);

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
