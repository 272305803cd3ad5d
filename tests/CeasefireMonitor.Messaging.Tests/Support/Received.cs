using System.Collections.Concurrent;
using CeasefireMonitor.Contracts;

namespace CeasefireMonitor.Messaging.Tests.Support;

/// <summary>Collects messages a consumer received and waits for a count.</summary>
public sealed class Received<T>
{
    private readonly ConcurrentQueue<T> _items = new();
    private readonly SemaphoreSlim _signal = new(0);

    public IReadOnlyList<T> Items => [.. _items];

    public Task Add(T item)
    {
        _items.Enqueue(item);
        _signal.Release();
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<T>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (_items.Count < count)
        {
            try { await _signal.WaitAsync(cts.Token); }
            catch (OperationCanceledException) { throw new TimeoutException($"received {_items.Count} of {count} messages"); }
        }
        return Items;
    }

    /// <summary>Waits a little and checks no further message arrives.</summary>
    public async Task AssertNoMoreAsync(int expected)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Equal(expected, _items.Count);
    }
}

public static class ChangeKeys
{
    public static string Key(PhaseStatusChanged m) => $"{m.PhaseId}#{m.Sequence}";
}
