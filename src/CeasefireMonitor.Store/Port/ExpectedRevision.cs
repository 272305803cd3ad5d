namespace CeasefireMonitor.Store.Port;

/// <summary>What the writer believes about a stream before appending, as in EventStoreDB.</summary>
public readonly record struct ExpectedRevision
{
    private const long AnyValue = -2, NoStreamValue = -1, StreamExistsValue = -4;

    public long Value { get; }

    private ExpectedRevision(long value) => Value = value;

    public static ExpectedRevision Any { get; } = new(AnyValue);
    public static ExpectedRevision NoStream { get; } = new(NoStreamValue);
    public static ExpectedRevision StreamExists { get; } = new(StreamExistsValue);

    /// <summary>The stream's last event must have this revision (revisions start at 0).</summary>
    public static ExpectedRevision Exact(long revision) =>
        revision >= 0 ? new(revision) : throw new ArgumentOutOfRangeException(nameof(revision));

    public bool IsAny => Value == AnyValue;
    public bool IsNoStream => Value == NoStreamValue;
    public bool IsStreamExists => Value == StreamExistsValue;
    public bool IsExact => Value >= 0;

    /// <summary>Whether a stream whose last revision is <paramref name="revision"/> (null when absent) meets this expectation.</summary>
    public bool IsSatisfiedBy(long? revision) => Value switch
    {
        AnyValue => true,
        NoStreamValue => revision is null,
        StreamExistsValue => revision is not null,
        _ => revision == Value,
    };

    public override string ToString() => Value switch
    {
        AnyValue => "any",
        NoStreamValue => "no stream",
        StreamExistsValue => "stream exists",
        _ => Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
