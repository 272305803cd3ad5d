using System.Net;
using System.Text.Json;
using CeasefireMonitor.Api.Tests.Support;
using CeasefireMonitor.TestSupport;
using Npgsql;

namespace CeasefireMonitor.Api.Tests;

/// <summary>The API on PostgreSQL while its database refuses connections: 503 problem details with Retry-After, then back to 200.</summary>
public sealed class StoreOutageApiTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private sealed class PostgresApiServer(string store) : ApiServer
    {
        protected override bool ReplaySeeds => false;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Store"] = store, ["Bus"] = "memory", ["Api:Key"] = Key, ["Logging:File"] = Path.Combine(Folder, "log-.clef"),
        };
    }

    private const int MaxAttemptsAfterOutage = 10;

    [Fact]
    public async Task Phases_DatabaseRefusingConnections_503ProblemWithRetryAfterThen200()
    {
        var server = new PostgresApiServer(await database.NewSchemaAsync());
        await server.InitializeAsync();
        try
        {
            using (var before = await server.Client.GetAsync("/api/phases")) Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            try
            {
                await database.AllowConnectionsAsync(false);
                await database.EndSessionsAsync();
                using var during = await server.Client.GetAsync("/api/phases");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
                Assert.Equal("application/problem+json", during.Content.Headers.ContentType?.MediaType);
                Assert.Equal(TimeSpan.FromSeconds(5), during.Headers.RetryAfter?.Delta);
                var problem = JsonDocument.Parse(await during.Content.ReadAsStringAsync()).RootElement;
                Assert.Equal(503, problem.GetProperty("status").GetInt32());
                Assert.Equal("The store is unavailable", problem.GetProperty("title").GetString());
                Assert.DoesNotContain(new NpgsqlConnectionStringBuilder(database.ConnectionString).Password!, problem.GetRawText(), StringComparison.Ordinal);
                using var ready = await server.Client.GetAsync("/health/ready");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            }
            finally
            {
                await database.AllowConnectionsAsync(true);
            }
            // Each pooled connection the outage ended fails once, as a 503, and is dropped; a client honouring Retry-After gets through.
            var attempts = new List<HttpStatusCode>();
            for (var i = 0; i < MaxAttemptsAfterOutage && attempts.LastOrDefault() != HttpStatusCode.OK; i++)
            {
                using var after = await server.Client.GetAsync("/api/phases");
                attempts.Add(after.StatusCode);
            }
            Assert.True(attempts[^1] == HttpStatusCode.OK, string.Join(", ", attempts));
            Assert.All(attempts[..^1], status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
