namespace CeasefireMonitor.Store.Port;

/// <summary>The stream was not where the writer expected it: someone else appended first.</summary>
public sealed class WrongExpectedRevisionException(string streamId, ExpectedRevision expected, long? actual)
    : Exception($"Stream '{streamId}' expected revision {expected}, actual {(actual is null ? "no stream" : actual.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))}")
{
    public string StreamId { get; } = streamId;
    public ExpectedRevision Expected { get; } = expected;
    /// <summary>The stream's current last revision, or null when the stream does not exist.</summary>
    public long? Actual { get; } = actual;
}
