using Npgsql;

namespace CeasefireMonitor.Store.Postgres.Database;

/// <summary>A new, empty schema for one measurement or trial run, dropped with everything in it on dispose.</summary>
public sealed class ScratchSchema : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name = $"scratch_{Guid.NewGuid():N}";

    private ScratchSchema(string server) => _server = server;

    /// <summary>A connection string whose search path is the new schema.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { SearchPath = _name }.ConnectionString;

    public static async Task<ScratchSchema> CreateAsync(string location, CancellationToken ct = default)
    {
        var schema = new ScratchSchema(PostgresLocation.ToConnectionString(location));
        await schema.ExecuteAsync($"CREATE SCHEMA {schema._name}", ct);
        return schema;
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync($"DROP SCHEMA {_name} CASCADE", CancellationToken.None);

    // The name is made here from a Guid, never from input, so it can be spliced into DDL.
    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
