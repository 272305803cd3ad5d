using CeasefireMonitor.Store.Postgres.Leases;
using CeasefireMonitor.TestSupport;
using Npgsql;

namespace CeasefireMonitor.Store.Tests.Postgres;

/// <summary>Leases as advisory locks on a real server: one holder at a time, and a session ended under the holder is noticed.</summary>
public sealed class AdvisoryLockLeaseTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TryAcquireAsync_WhileHeldElsewhere_ReturnsNullUntilDisposed()
    {
        var location = await database.NewSchemaAsync();
        var first = new AdvisoryLockLeaseProvider(location);
        var second = new AdvisoryLockLeaseProvider(location);

        var held = await first.TryAcquireAsync("projections");
        Assert.NotNull(held);
        Assert.Null(await second.TryAcquireAsync("projections"));
        await held.DisposeAsync();
        await using var taken = await second.TryAcquireAsync("projections");

        Assert.NotNull(taken);
        Assert.False(held.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task Lost_HolderBackendTerminated_CancelledAndAnotherInstanceAcquires()
    {
        var location = await database.NewSchemaAsync();
        var other = new AdvisoryLockLeaseProvider(location);
        await using var held = await new AdvisoryLockLeaseProvider(location).TryAcquireAsync("projections");
        Assert.NotNull(held);

        Assert.Equal(1, await TerminateLeaseSessionsAsync(location));
        await WaitUntilCancelledAsync(held.Lost);
        await using var taken = await other.TryAcquireAsync("projections");

        Assert.NotNull(taken);
        Assert.False(taken.Lost.IsCancellationRequested);
    }

    // What an operator or a failing network does to the holder: its session ends while its process lives.
    private static async Task<int> TerminateLeaseSessionsAsync(string location)
    {
        await using var connection = new NpgsqlConnection(location);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    // A bound so a regression fails instead of hanging, not a speed claim.
    private static async Task WaitUntilCancelledAsync(CancellationToken token)
    {
        await Task.WhenAny(Task.Delay(Timeout.Infinite, token), Task.Delay(Generous));
        Assert.True(token.IsCancellationRequested, $"the lease was not reported lost within {Generous}");
    }
}
