using Npgsql;

namespace CeasefireMonitor.Store.Postgres.Database;

/// <summary>Turns a <c>postgres://user:password@host:port/database?option=value</c> URL or an Npgsql connection string into a connection string.</summary>
public static class PostgresLocation
{
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The connection string; throws FormatException naming what is wrong (never echoing the password).</summary>
    public static string ToConnectionString(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        var builder = location.Contains("://", StringComparison.Ordinal) ? FromUrl(location) : FromConnectionString(location);
        if (string.IsNullOrEmpty(builder.Host)) throw new FormatException("PostgreSQL location has no host.");
        if (string.IsNullOrEmpty(builder.Username)) throw new FormatException("PostgreSQL location has no user: there is no default, give user and password.");
        if (string.IsNullOrEmpty(builder.Database)) throw new FormatException("PostgreSQL location has no database name.");
        return builder.ConnectionString;
    }

    /// <summary>The location without its password, fit for logs and output.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string location)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
            throw new FormatException("PostgreSQL location is not a valid postgres://user:password@host:port/database URL.");
        var credentials = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            Username = Uri.UnescapeDataString(credentials[0]),
            Password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : null,
        };
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k, v) : (pair, "");
            try
            {
                builder[Uri.UnescapeDataString(key).Replace('_', ' ')] = Uri.UnescapeDataString(value);
            }
            catch (ArgumentException)
            {
                throw new FormatException($"PostgreSQL location has an unknown option '{Uri.UnescapeDataString(key)}'.");
            }
        }

        return builder;
    }

    private static NpgsqlConnectionStringBuilder FromConnectionString(string location)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(location);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"PostgreSQL connection string is malformed: {e.Message}");
        }
    }
}
