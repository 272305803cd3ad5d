using CeasefireMonitor.Store.Postgres.Database;
using Npgsql;

namespace CeasefireMonitor.TestSupport;

/// <summary>
/// A database of its own for one test class on the server deploy/services.sh starts, dropped afterwards;
/// each store gets a fresh schema in it. Never skipped: without the server's address the tests fail and say why.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncLifetime
{
    public const string Variable = "CEASEFIRE_TEST_POSTGRES";

    private readonly string _name = $"ceasefire_test_{Guid.NewGuid():N}";
    private string? _server;

    /// <summary>The connection string of this class's database.</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var location = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(location))
            throw new InvalidOperationException($"{Variable} is not set: run `eval \"$(deploy/services.sh start)\"` first (deploy/test.sh does), it starts PostgreSQL and prints the address.");
        _server = PostgresLocation.ToConnectionString(location);
        await ExecuteAsync(_server, $"CREATE DATABASE {_name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;
    }

    /// <summary>A connection string whose search path is a new, empty schema of this database.</summary>
    public async Task<string> NewSchemaAsync()
    {
        var schema = $"s_{Guid.NewGuid():N}";
        await ExecuteAsync(ConnectionString, $"CREATE SCHEMA {schema}");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is not null) await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    /// <summary>Makes this database refuse new connections (or accept them again), as a server going away does.</summary>
    public Task AllowConnectionsAsync(bool allow) =>
        ExecuteAsync(MaintenanceConnection, $"ALTER DATABASE {_name} ALLOW_CONNECTIONS {(allow ? "true" : "false")}");

    /// <summary>Ends every session on this database, as a server restart would, and drops this process's pooled ones; returns how many ended.</summary>
    public async Task<int> EndSessionsAsync()
    {
        await using var connection = new NpgsqlConnection(MaintenanceConnection);
        await connection.OpenAsync();
        // Client sessions only: an autovacuum worker on this database runs as the superuser and may not be ended by the test user.
        await using var command = new NpgsqlCommand(
            $"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '{_name}' AND backend_type = 'client backend'", connection);
        var ended = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        NpgsqlConnection.ClearAllPools();
        return ended;
    }

    // The server's maintenance database, unpooled: reachable while this one refuses connections or has its sessions ended.
    private string MaintenanceConnection => new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;

    // Names are generated here from a Guid, never from input, so they can be spliced into DDL.
    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
