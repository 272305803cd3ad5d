namespace CeasefireMonitor.Store.Postgres.Events;

/// <summary>
/// Serialises appends: every append takes this transaction-level advisory lock (one per schema) before reading the
/// last position, and the server frees it only after the commit is visible. So positions are dense and commit in
/// order, and a reader never sees position N before N - 1. Plain reads never wait for it.
/// </summary>
internal static class AppendLock
{
    public const string Sql = "SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':append'))";
}
