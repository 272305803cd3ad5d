using Npgsql;

namespace CeasefireMonitor.Store.Postgres.Database;

/// <summary>One pooled data source per opened store, with its schema brought to the current version on open.</summary>
internal static class PostgresDatabase
{
    public static async Task<NpgsqlDataSource> OpenAsync(string location, CancellationToken ct)
    {
        var source = NpgsqlDataSource.Create(PostgresLocation.ToConnectionString(location));
        try
        {
            await PostgresSchema.MigrateAsync(source, ct);
            return source;
        }
        catch
        {
            await source.DisposeAsync();
            throw;
        }
    }
}
