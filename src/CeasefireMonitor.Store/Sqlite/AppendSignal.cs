namespace CeasefireMonitor.Store.Sqlite;

/// <summary>Wakes this process's subscriptions when an append through the same store commits.</summary>
internal sealed class AppendSignal
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Completes at the next commit; take it before reading so a commit during the read is not missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    // Continuations run on the pool, never inline on the appending thread.
    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
