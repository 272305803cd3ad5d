using CeasefireMonitor.Store.Port;
using Npgsql;

namespace CeasefireMonitor.Store.Postgres.ReadModels;

/// <summary>Upserts or deletes a projection's documents in one round trip, in the order given.</summary>
internal static class DocumentBatch
{
    private const string Upsert = "INSERT INTO read_models (projection, key, json) VALUES ($1, $2, $3) ON CONFLICT (projection, key) DO UPDATE SET json = excluded.json";
    private const string Delete = "DELETE FROM read_models WHERE projection = $1 AND key = $2";

    public static NpgsqlBatch Create(NpgsqlConnection connection, string projection, IReadOnlyCollection<DocumentChange> changes)
    {
        var batch = new NpgsqlBatch(connection);
        foreach (var change in changes)
        {
            ArgumentNullException.ThrowIfNull(change, nameof(changes));
            ArgumentNullException.ThrowIfNull(change.Key, nameof(changes));
            var command = new NpgsqlBatchCommand(change.Json is null ? Delete : Upsert)
            {
                Parameters = { new NpgsqlParameter<string> { TypedValue = projection }, new NpgsqlParameter<string> { TypedValue = change.Key } },
            };
            if (change.Json is not null) command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = change.Json });
            batch.BatchCommands.Add(command);
        }

        return batch;
    }
}
