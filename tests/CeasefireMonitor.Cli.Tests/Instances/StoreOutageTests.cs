using System.Globalization;
using CeasefireMonitor.TestSupport;
using Npgsql;

namespace CeasefireMonitor.Cli.Tests.Instances;

/// <summary>
/// PostgreSQL stops answering while `ceasefire` ingests: its sessions are ended (as by a restart), or the database refuses
/// connections for good. The command waits out the first, and stops cleanly on the second; nothing is lost or doubled.
/// </summary>
public sealed class StoreOutageTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(4);
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();


    [Fact]
    public async Task Replay_SessionsEndedOverAndOver_WaitsThemOutAndStoresEveryArticleOnce()
    {
        var store = await database.NewSchemaAsync();
        var corpus = CorpusFolder.Write(_cli.WorkDir, generated: 120);
        using var replay = new RunningCli(_cli.WorkDir, "replay", corpus.Folder, "--store", store);

        var (ended, stored) = (0, 0L);
        await WaitUntilAsync(async () => await ArticlesAsync(store) > 0 || replay.HasExited, "the replay stored no article");
        while (!replay.HasExited)
        {
            // Ended again only once another article is stored: on a loaded machine a fixed beat could end every attempt.
            var now = await ArticlesAsync(store);
            if (now > stored) (ended, stored) = (ended + await database.EndSessionsAsync(), now);
            await Task.Delay(700);
        }

        Assert.True(await replay.WaitForExitAsync(Generous) == 0, replay.Output);
        Assert.True(ended > 0, "no session was ended while the replay ran: the corpus is too small for this machine");
        Assert.Contains("The store failed while", replay.Output, StringComparison.Ordinal);
        await AssertEveryArticleOnceAndStatusesAsEmbeddedAsync(store, corpus);
    }

    [Fact]
    public async Task Replay_DatabaseRefusesConnections_ExitsThreeNamingTheStoreThenARerunFinishes()
    {
        var store = await database.NewSchemaAsync();
        var corpus = CorpusFolder.Write(_cli.WorkDir, generated: 120);
        var environment = new Dictionary<string, string> { ["CEASEFIRE_STORE__RETRYSECONDS"] = "2" };
        int exit;
        string output;
        using (var replay = new RunningCli(_cli.WorkDir, environment, "replay", corpus.Folder, "--store", store))
        {
            await WaitUntilAsync(async () => await ArticlesAsync(store) >= 3 || replay.HasExited, "the replay stored no article");
            Assert.False(replay.HasExited, "the replay ended before the outage; the corpus is too small for this machine");
            try
            {
                await database.AllowConnectionsAsync(false);
                await database.EndSessionsAsync();
                exit = await replay.WaitForExitAsync(Generous);
                output = replay.Output;
            }
            finally
            {
                await database.AllowConnectionsAsync(true);
            }
        }

        Assert.True(exit == 3, output);
        var error = Assert.Single(output.Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Matches(@"^error: the store postgres://\w+@[\d.]+:\d+/\w+ stopped answering at \S+ \(.+\); \d+ of " + corpus.Articles + " done. Run the command again", error);
        Assert.DoesNotContain(new NpgsqlConnectionStringBuilder(store).Password!, output, StringComparison.Ordinal);

        var rerun = await _cli.RunAsync("replay", corpus.Folder, "--store", store);
        Assert.True(rerun.Exit == 0, rerun.Err);
        Assert.Contains("already ingested", rerun.Out, StringComparison.Ordinal);
        await AssertEveryArticleOnceAndStatusesAsEmbeddedAsync(store, corpus);
    }

    private async Task AssertEveryArticleOnceAndStatusesAsEmbeddedAsync(string store, (string Folder, int Articles) corpus)
    {
        Assert.Equal(await ScalarAsync(store, "SELECT count(*) FROM events"), await ScalarAsync(store, "SELECT count(DISTINCT event_id) FROM events"));
        Assert.Equal(corpus.Articles, await ArticlesAsync(store));
        var embedded = await _cli.RunOnStoreAsync("replay", corpus.Folder);
        Assert.True(embedded.Exit == 0, embedded.Err);
        Assert.Equal(await SqliteEventsAsync(_cli.StorePath), await ScalarAsync(store, "SELECT count(*) FROM events"));
        var expected = await _cli.RunOnStoreAsync("status", "--json");
        Assert.Contains("\"phases\"", expected.Out, StringComparison.Ordinal);
        Assert.Equal(expected.Out, (await _cli.RunAsync("status", "--json", "--store", store)).Out);
    }

    // 0 until the program has created its schema.
    private static async Task<long> ArticlesAsync(string store)
    {
        try { return await ScalarAsync(store, "SELECT count(DISTINCT stream_id) FROM events WHERE stream_id LIKE 'article-%'"); }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable) { return 0; }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow + Generous;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"{failure} within {Generous}");
            await Task.Delay(200);
        }
    }

    private static async Task<long> SqliteEventsAsync(string path)
    {
        await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await sqlite.OpenAsync();
        await using var count = sqlite.CreateCommand();
        count.CommandText = "SELECT count(*) FROM events";
        return Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    // Unpooled: the test ends sessions, and a pooled one it ended would fail the next query.
    private static async Task<long> ScalarAsync(string store, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(store) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
