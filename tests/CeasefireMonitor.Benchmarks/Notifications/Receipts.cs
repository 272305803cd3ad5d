using System.Collections.Concurrent;
using System.Diagnostics;

namespace CeasefireMonitor.Benchmarks.Notifications;

/// <summary>When each notification reached the consumer, by message id, and a count to wait on.</summary>
public sealed class Receipts
{
    // Only bounds a hang: a benchmark that loses messages must fail, not wait for ever.
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);
    private readonly ConcurrentDictionary<Guid, long> _at = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public void Add(Guid messageId)
    {
        _at[messageId] = Stopwatch.GetTimestamp();
        _arrived.Release();
    }

    public long At(Guid messageId) => _at[messageId];

    public async Task WaitForAsync(int count)
    {
        for (var i = 0; i < count; i++)
            if (!await _arrived.WaitAsync(Bound)) throw new TimeoutException($"received {i} of {count} notifications in {Bound}");
    }
}
