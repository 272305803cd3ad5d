using CeasefireMonitor.Store.Port;
using Npgsql;

namespace CeasefireMonitor.Store.Postgres.Leases;

/// <summary>
/// A lease held by the session of its own connection. The connection is only watched: the server's message that it
/// ends the session, or a failed keepalive, ends the watch and cancels <see cref="Lost"/>.
/// </summary>
internal sealed class SessionLease : IWorkerLease
{
    private readonly NpgsqlConnection _connection;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _disposed = new();
    private readonly Task _watch;

    public SessionLease(string name, NpgsqlConnection connection)
    {
        (Name, _connection) = (name, connection);
        _watch = Task.Run(WatchAsync);
    }

    public string Name { get; }

    public CancellationToken Lost => _lost.Token;

    // Closing the unpooled session releases the lock; no unlock call is needed.
    public async ValueTask DisposeAsync()
    {
        if (_disposed.IsCancellationRequested) return;
        await _disposed.CancelAsync();
        await _watch;
        await _connection.DisposeAsync();
        _disposed.Dispose();
    }

    private async Task WatchAsync()
    {
        try
        {
            // WaitAsync reads the socket (and sends keepalives) until the server says something; a lease connection gets no notifications.
            while (true) await _connection.WaitAsync(_disposed.Token);
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
        {
            await _lost.CancelAsync();
        }
    }
}
