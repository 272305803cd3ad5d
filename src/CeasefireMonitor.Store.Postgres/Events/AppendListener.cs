using Npgsql;

namespace CeasefireMonitor.Store.Postgres.Events;

/// <summary>
/// Wakes subscriptions when any instance commits an append: one LISTEN connection per store, opened on first use and
/// reopened after a failure. Subscriptions also poll, so a lost connection delays them, never stalls them.
/// </summary>
internal sealed class AppendListener(NpgsqlDataSource source) : IAsyncDisposable
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource _next = NewSource();
    private Task? _loop;

    /// <summary>Completes at the next notified commit; take it before reading so a commit during the read is not missed.</summary>
    public Task Next
    {
        get
        {
            if (_loop is null) LazyInitializer.EnsureInitialized(ref _loop, () => Task.Run(ListenAsync));
            return Volatile.Read(ref _next).Task;
        }
    }

    public void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null) await _loop;
        _stop.Dispose();
    }

    private async Task ListenAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await source.OpenConnectionAsync(_stop.Token);
                connection.Notification += (_, _) => Notify();
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresAppender.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(_stop.Token);
                }

                // Commits made before LISTEN took effect were not notified: wake readers once to look.
                Notify();
                while (true) await connection.WaitAsync(_stop.Token);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.IO.IOException or TimeoutException)
            {
                await Task.Delay(Reconnect, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    // Continuations run on the pool, never inline on the listening connection.
    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
