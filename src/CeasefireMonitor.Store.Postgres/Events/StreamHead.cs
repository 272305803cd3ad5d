using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Store.Postgres.Events;

/// <summary>A stream's last revision (null when absent) and that event's log position (0 when absent).</summary>
internal readonly record struct StreamHead(long? Revision, long Position)
{
    public long NextRevision => (Revision ?? -1) + 1;

    public bool Satisfies(ExpectedRevision expected) => expected switch
    {
        { IsAny: true } => true,
        { IsNoStream: true } => Revision is null,
        { IsStreamExists: true } => Revision is not null,
        _ => Revision == expected.Value,
    };
}
