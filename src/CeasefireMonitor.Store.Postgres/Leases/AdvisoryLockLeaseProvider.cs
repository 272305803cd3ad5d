using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Postgres.Database;
using Npgsql;

namespace CeasefireMonitor.Store.Postgres.Leases;

/// <summary>
/// Leases as session-level advisory locks, each held on its own unpooled connection: when the process dies the server
/// ends the session and frees the lock, so another instance takes over on its next try. When the session ends while
/// the process lives (a terminated backend, a broken network), the lease reports itself lost.
/// </summary>
public sealed class AdvisoryLockLeaseProvider(string location) : ILeaseProvider
{
    // Unpooled: a pooled connection would outlive the lease and keep the lock after the handle is disposed.
    // Keepalives every few seconds make a silently broken connection fail, and so the lease be lost, within seconds.
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(PostgresLocation.ToConnectionString(location)) { Pooling = false, KeepAlive = 5 }.ConnectionString;

    public async Task<IWorkerLease?> TryAcquireAsync(string name, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            // The schema is part of the key, so deployments (and test schemas) sharing a database do not block each other.
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtext(current_schema() || ':' || @name))", connection);
            command.Parameters.AddWithValue("name", name);
            if (await command.ExecuteScalarAsync(ct) is true) return new SessionLease(name, connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }
}
