using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Postgres.Database;
using CeasefireMonitor.Store.Postgres.Events;
using CeasefireMonitor.Store.Postgres.Leases;
using CeasefireMonitor.Store.Postgres.ReadModels;
using CeasefireMonitor.Store.Sqlite;
using Npgsql;

namespace CeasefireMonitor.Application.Storage;

/// <summary>The event store and the read-model store of one deployment, opened from a --store value.</summary>
public sealed class MonitorStore(IEventStore events, IReadModelStore readModels, string description, ILeaseProvider? leases = null) : IAsyncDisposable
{
    public const string DefaultPath = "data/ceasefire.db";

    public IEventStore Events { get; } = events;
    public IReadModelStore ReadModels { get; } = readModels;
    public string Description { get; } = description;

    /// <summary>Who may run the once-per-deployment work (projections, notifications); the SQLite default is one process.</summary>
    public ILeaseProvider Leases { get; } = leases ?? new ProcessLeaseProvider();

    /// <summary>Opens a SQLite file path (the embedded default), or PostgreSQL from a postgres:// URL or a Host=… connection string.</summary>
    public static async Task<MonitorStore> OpenAsync(string? location, CancellationToken ct = default)
    {
        var target = string.IsNullOrWhiteSpace(location) ? DefaultPath : location.Trim();
        if (PostgresLocation.IsPostgres(target)) return await OpenPostgresAsync(target, ct);
        var path = target.StartsWith("sqlite://", StringComparison.OrdinalIgnoreCase) ? target["sqlite://".Length..] : target;
        if (Directory.Exists(path)) throw new StoreLocationException(target, "it is a directory, expected a database file path");
        var events = await SqliteEventStore.OpenAsync(path, ct);
        var models = await SqliteReadModelStore.OpenAsync(path, ct);
        return new MonitorStore(events, models, $"sqlite:{Path.GetFullPath(path)}");
    }

    private static async Task<MonitorStore> OpenPostgresAsync(string location, CancellationToken ct)
    {
        string connectionString;
        try
        {
            connectionString = PostgresLocation.ToConnectionString(location);
        }
        catch (FormatException e)
        {
            throw new StoreLocationException("postgres", e.Message);
        }

        var description = PostgresLocation.Describe(connectionString);
        try
        {
            var events = await PostgresEventStore.OpenAsync(connectionString, ct);
            try
            {
                return new MonitorStore(events, await PostgresReadModelStore.OpenAsync(connectionString, ct), description, new AdvisoryLockLeaseProvider(connectionString));
            }
            catch
            {
                await events.DisposeAsync();
                throw;
            }
        }
        catch (NpgsqlException e) when (!StoreFailures.IsUnavailable(e))
        {
            // A wrong address, user or password (a server that is down or restarting is left to the caller's retry).
            // The message names the server and the reason, never the password.
            throw new StoreLocationException(description, e.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Events.DisposeAsync();
        if (ReadModels is IAsyncDisposable disposable) await disposable.DisposeAsync();
    }
}

public sealed class StoreLocationException(string location, string reason)
    : Exception($"Cannot open store '{location}': {reason}");
