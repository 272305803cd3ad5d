using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CeasefireMonitor.Benchmarks.Stores;

/// <summary>Makes every read-model document of a SQLite store differ from its rebuilt text, and fingerprints the documents to check a rebuild restored them.</summary>
public static class StaleDocuments
{
    /// <summary>Appends a space to every stored document (still valid JSON, never what a rebuild writes) and returns how many changed.</summary>
    public static async Task<int> MakeStaleAsync(string file)
    {
        await using var connection = await OpenAsync(file);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE read_models SET json = json || $suffix;";
        command.Parameters.AddWithValue("$suffix", " ");
        var changed = await command.ExecuteNonQueryAsync();
        if (changed == 0) throw new InvalidOperationException("No read-model document to make stale: the rebuild would write nothing.");
        return changed;
    }

    /// <summary>SHA-256 over every document and checkpoint, in key order.</summary>
    public static async Task<string> FingerprintAsync(string file)
    {
        await using var connection = await OpenAsync(file);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT 'd', projection, key, json FROM read_models
            UNION ALL SELECT 'c', projection, '', CAST(position AS TEXT) FROM checkpoints
            ORDER BY 1, 2, 3;
            """;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            for (var column = 0; column < 4; column++) hash.AppendData(Encoding.UTF8.GetBytes(reader.GetString(column) + "\0"));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    // Its own connection beside the store's (WAL lets it), not pooled so no handle outlives the scratch folder.
    private static async Task<SqliteConnection> OpenAsync(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
