using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Store.Postgres.Events;

/// <summary>A stream's last revision (null when absent) and that event's log position (0 when absent).</summary>
internal readonly record struct StreamHead(long? Revision, long Position)
{
    public long NextRevision => (Revision ?? -1) + 1;

    public bool Satisfies(ExpectedRevision expected) => expected.IsSatisfiedBy(Revision);
}
