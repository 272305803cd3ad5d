namespace CeasefireMonitor.Store.Postgres;

/// <summary>Tuning for the PostgreSQL stores; the defaults suit a few monitor instances on one database.</summary>
public sealed record PostgresStoreOptions
{
    /// <summary>How often a live subscription reads the log when no notification arrived (LISTEN/NOTIFY's fallback).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many events a read fetches per query, so long reads never hold the whole log in memory.</summary>
    public int PageSize { get; init; } = 1_000;

    /// <summary>The clock stamping events' creation time.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
