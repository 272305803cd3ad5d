namespace CeasefireMonitor.Store.Sqlite;

/// <summary>Tuning for the SQLite stores; the defaults suit one file shared by a few processes.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>How often a live subscription looks for appends made by other processes.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a connection waits for another connection's write lock before failing.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many events a read fetches per query, so long reads never hold the whole log in memory.</summary>
    public int PageSize { get; init; } = 500;

    /// <summary>The clock stamping events' creation time.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
