namespace CeasefireMonitor.Store.Sqlite;

/// <summary>Event ids are stored as 16 big-endian bytes, the order of their hex text, so <c>unhex</c> migrates old text ids.</summary>
internal static class EventIdBytes
{
    public static byte[] From(Guid eventId)
    {
        var bytes = new byte[16];
        eventId.TryWriteBytes(bytes, bigEndian: true, out _);
        return bytes;
    }

    public static Guid To(ReadOnlySpan<byte> bytes) => new(bytes, bigEndian: true);
}
