using CeasefireMonitor.Messaging.Tests.Support;
using CeasefireMonitor.TestSupport;
using Npgsql;

namespace CeasefireMonitor.Cli.Tests.Instances;

/// <summary>`ceasefire replay --store postgres://… --bus rabbitmq://…` gives what the embedded defaults give.</summary>
public sealed class ServerReplayTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Replay_OnPostgresAndRabbitMq_SameStatusesAsEmbedded()
    {
        var store = PostgresUrl(await database.NewSchemaAsync());
        var vhost = $"cm-server-replay-{Guid.NewGuid():N}";
        var address = await RabbitBroker.CreateVhostAsync(vhost);
        try
        {
            var bus = $"rabbitmq://{Uri.EscapeDataString(address.Username)}:{Uri.EscapeDataString(address.Password)}@{address.Host}:{address.Port}/{vhost}";

            var embedded = await _cli.RunOnStoreAsync("replay", CliRunner.Seeds);
            var servers = await _cli.RunAsync("replay", CliRunner.Seeds, "--store", store, "--bus", bus);

            Assert.True(embedded.Exit == 0, embedded.Err);
            Assert.True(servers.Exit == 0, servers.Err);
            Assert.Equal(StatusTable(embedded.Out), StatusTable(servers.Out));
            string[][] queries = [["status", "--json"], ["status", "--known-at", "2020-10-01", "--json"]];
            foreach (var query in queries)
            {
                var expected = await _cli.RunOnStoreAsync(query);
                var actual = await _cli.RunAsync([.. query, "--store", store, "--bus", bus]);
                Assert.Contains("\"phases\"", expected.Out, StringComparison.Ordinal);
                Assert.Equal(expected.Out, actual.Out);
            }
        }
        finally
        {
            await RabbitBroker.DeleteVhostAsync(vhost);
        }
    }

    // The replay's output from the status table on: the lines before it name the store, which differs.
    private static string StatusTable(string output) => output[output.IndexOf("Conflict", StringComparison.Ordinal)..];

    // The URL form users type, with the test's schema as the search path.
    private static string PostgresUrl(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgres://{Uri.EscapeDataString(b.Username!)}:{Uri.EscapeDataString(b.Password!)}@{b.Host}:{b.Port}/{b.Database}?search_path={b.SearchPath}";
    }
}
