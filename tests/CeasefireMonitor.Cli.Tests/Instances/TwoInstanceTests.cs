using System.Globalization;
using System.Text.Json;
using CeasefireMonitor.Messaging.Tests.Support;
using CeasefireMonitor.TestSupport;
using Npgsql;

namespace CeasefireMonitor.Cli.Tests.Instances;

/// <summary>Two monitor instances as real processes on one PostgreSQL database and one RabbitMQ vhost; the one doing the work is killed mid-replay, or loses its lease sessions.</summary>
public sealed class TwoInstanceTests : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(3);
    private readonly PostgresTestDatabase _database;
    private readonly CliRunner _cli = new();

    public TwoInstanceTests(PostgresTestDatabase database) => _database = database;

    [Fact]
    public async Task Work_HolderKilledMidReplay_OtherTakesOverEventsOnceReadModelsEqualRebuildEveryChangeDelivered()
    {
        var store = await _database.NewSchemaAsync();
        var vhost = $"cm-instances-{Guid.NewGuid():N}";
        var address = await RabbitBroker.CreateVhostAsync(vhost);
        try
        {
            await using var queue = await StatusChangeQueue.BindAsync(address);
            var bus = $"rabbitmq://{Uri.EscapeDataString(address.Username)}:{Uri.EscapeDataString(address.Password)}@{address.Host}:{address.Port}/{vhost}";
            await KillHolderMidReplayAsync(store, bus);
            await AssertEveryChangeDeliveredAsync(store, queue);
        }
        finally
        {
            await RabbitBroker.DeleteVhostAsync(vhost);
        }
    }

    private async Task KillHolderMidReplayAsync(string store, string bus)
    {
        var corpus = CorpusFolder.Write(_cli.WorkDir, generated: 150);
        using var first = new RunningCli(_cli.WorkDir, "work", "--store", store, "--bus", bus);
        await first.WaitForOutputAsync("Holding the projections lease.", Generous);
        using var second = new RunningCli(_cli.WorkDir, "work", "--store", store, "--bus", bus);
        using var replay = new RunningCli(_cli.WorkDir, "replay", corpus.Folder, "--store", store, "--bus", bus);

        await WaitUntilAsync(async () => await ScalarAsync(store, "SELECT coalesce(min(position), 0) FROM checkpoints WHERE projection <> 'notifications'") > 0, "the first worker projected nothing");
        Assert.False(replay.HasExited, "the replay ended before the worker was killed; the corpus is too small to kill mid-replay");
        first.Kill();
        await second.WaitForOutputAsync("Holding the projections lease.", Generous);
        Assert.Equal(0, await replay.WaitForExitAsync(Generous));
        await WaitUntilAsync(async () => await ScalarAsync(store, "SELECT count(*) FROM checkpoints WHERE position = (SELECT max(position) FROM events)") == 4, "the second worker did not catch the projections and notifications up");
        second.Kill();

        Assert.Equal(await ScalarAsync(store, "SELECT count(*) FROM events"), await ScalarAsync(store, "SELECT count(DISTINCT event_id) FROM events"));
        Assert.Equal(corpus.Articles, await ScalarAsync(store, "SELECT count(DISTINCT stream_id) FROM events WHERE stream_id LIKE 'article-%'"));
        Assert.Equal(0, await ScalarAsync(store, "SELECT count(*) FROM (SELECT stream_id FROM events WHERE stream_id LIKE 'article-%' GROUP BY stream_id HAVING count(*) <> 1) doubled"));
        var projected = await ReadModelsAsync(store);
        var status = await _cli.RunAsync("status", "--json", "--store", store);
        var rebuild = await _cli.RunAsync("rebuild", "--store", store);
        Assert.True(rebuild.Exit == 0, rebuild.Err);
        Assert.Equal(projected, await ReadModelsAsync(store));
        Assert.Equal(status.Out, (await _cli.RunAsync("status", "--json", "--store", store)).Out);
        Assert.Contains("\"phases\"", status.Out, StringComparison.Ordinal);
    }

    // Every status change in the log arrived at least once; a change delivered twice came under the same message id.
    private static async Task AssertEveryChangeDeliveredAsync(string store, StatusChangeQueue queue)
    {
        var expected = await ColumnAsync(store, "SELECT (convert_from(data, 'UTF8')::jsonb ->> 'phaseId') || '#' || (convert_from(data, 'UTF8')::jsonb ->> 'sequence') FROM events WHERE type = 'V1.PhaseStatusChanged'");
        Assert.NotEmpty(expected);
        IReadOnlyList<StatusChangeQueue.Delivery> received = [];
        await WaitUntilAsync(async () => (received = await queue.ReceivedAsync()).Select(d => d.Key).Distinct().Count() >= expected.Count, "not every status change reached the queue");

        Assert.Equal(expected.Order(StringComparer.Ordinal), received.Select(d => d.Key).Distinct().Order(StringComparer.Ordinal));
        Assert.All(received.GroupBy(d => d.Key), change => Assert.Single(change.Select(d => d.MessageId).Distinct()));
    }

    [Fact]
    public async Task Work_HolderLeaseSessionsTerminated_HolderStopsOtherTakesOverAndCatchesUp()
    {
        var store = await _database.NewSchemaAsync();
        var corpus = CorpusFolder.Write(_cli.WorkDir, generated: 0);
        using var first = new RunningCli(_cli.WorkDir, "work", "--store", store);
        await first.WaitForOutputAsync("Holding the notifications lease.", Generous);
        using var second = new RunningCli(_cli.WorkDir, "work", "--store", store);
        // The second worker stands by once it has asked for both leases; only then does ending the holder's sessions test a
        // takeover (a second still starting up under load could lose the race to the holder's own retry 5 s later).
        await second.WaitForOutputAsync("Waiting for the notifications lease: another instance holds it.", Generous);
        Assert.Contains("Waiting for the projections lease: another instance holds it.", second.Output, StringComparison.Ordinal);

        Assert.Equal(2, await ScalarAsync(store, LeaseHoldersEndedSql));
        await first.WaitForOutputAsync("Lost the projections lease.", Generous);
        await second.WaitForOutputAsync("Holding the projections lease.", Generous);
        await second.WaitForOutputAsync("Holding the notifications lease.", Generous);
        var replay = await _cli.RunAsync("replay", corpus.Folder, "--store", store);
        Assert.True(replay.Exit == 0, replay.Err);
        await WaitUntilAsync(async () => await ScalarAsync(store, "SELECT count(*) FROM checkpoints WHERE position = (SELECT max(position) FROM events)") == 4, "the second worker did not catch the projections and notifications up");

        Assert.False(first.HasExited, first.Output);
        Assert.Single(first.Output.Split('\n'), line => line.Contains("Holding the projections lease.", StringComparison.Ordinal));
        Assert.Contains("Lost the notifications lease.", first.Output, StringComparison.Ordinal);
    }

    // Ends the sessions holding the two leases, named by their keys: other advisory locks (the schema-migration lock a
    // starting instance takes) are not the holder's and stay.
    private const string LeaseHoldersEndedSql = """
        SELECT count(pg_terminate_backend(pid)) FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND ((classid::bigint << 32) | objid::bigint) IN (hashtext(current_schema() || ':projections')::bigint, hashtext(current_schema() || ':notifications')::bigint)
        """;

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow + Generous;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"{failure} within {Generous}");
            await Task.Delay(250);
        }
    }

    private static async Task<long> ScalarAsync(string store, string sql)
    {
        await using var connection = new NpgsqlConnection(store);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<List<string>> ColumnAsync(string store, string sql)
    {
        await using var connection = new NpgsqlConnection(store);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }

    private static async Task<List<string>> ReadModelsAsync(string store)
    {
        await using var connection = new NpgsqlConnection(store);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT projection, key, json FROM read_models WHERE projection <> 'notifications' ORDER BY projection, key", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add($"{reader.GetString(0)}|{reader.GetString(1)}|{reader.GetString(2)}");
        return rows;
    }

    public void Dispose() => _cli.Dispose();
}
