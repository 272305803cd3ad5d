using System.Runtime.InteropServices;
using System.Text.Json;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Serialization.Reading;

/// <summary>
/// One string per distinct short value (phase ids, article ids, actor names): a value seen before is found from the
/// reader's bytes, as stored, without decoding them or making a new string. Not thread-safe: one cache per reading thread.
/// </summary>
internal sealed class NameCache
{
    private const int MaxLength = 96, MaxEntries = 50_000;

    // Open addressing over the stored bytes (escapes included: the same bytes always decode to the same string).
    private Entry?[] _slots = new Entry?[1024];
    private int _count;

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
        if (reader.HasValueSequence || reader.ValueSpan.Length > MaxLength) return reader.GetString()!;
        var bytes = reader.ValueSpan;
        var hash = Hash(bytes);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        for (var entry = _slots[slot]; entry is not null; entry = _slots[slot = (slot + 1) & mask])
            if (entry.Hash == hash && bytes.SequenceEqual(entry.Bytes)) return entry.Name;
        var name = reader.GetString()!;
        // Bounded, so a log of unusual values cannot grow it without limit; the values past the bound are simply not shared.
        if (_count >= MaxEntries) return name;
        _slots[slot] = new Entry(hash, bytes.ToArray(), name);
        if (++_count * 2 > _slots.Length) Grow();
        return name;
    }

    private void Grow()
    {
        var slots = new Entry?[_slots.Length * 2];
        var mask = slots.Length - 1;
        foreach (var entry in _slots)
        {
            if (entry is null) continue;
            var slot = entry.Hash & mask;
            while (slots[slot] is not null) slot = (slot + 1) & mask;
            slots[slot] = entry;
        }
        _slots = slots;
    }

    // Eight bytes at a time, multiplied and folded: names are short, so this beats decoding them to hash the characters.
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = (ulong)bytes.Length * 0x9E3779B97F4A7C15;
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var word in words) hash = (hash ^ word) * 0xFF51AFD7ED558CCD;
        for (var i = words.Length * sizeof(ulong); i < bytes.Length; i++) hash = (hash ^ bytes[i]) * 0xC4CEB9FE1A85EC53;
        return (int)((hash ^ (hash >> 29)) & int.MaxValue);
    }

    private sealed record Entry(int Hash, byte[] Bytes, string Name);
}
