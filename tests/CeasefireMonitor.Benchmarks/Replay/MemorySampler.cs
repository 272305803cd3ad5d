namespace CeasefireMonitor.Benchmarks.Replay;

/// <summary>
/// Samples the working set and the GC's heap on a timer, as dotnet-counters would, so a replay tells how much of its
/// peak was the managed heap and how much native memory (SQLite's caches, code, stacks).
/// </summary>
public sealed class MemorySampler : IDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(50);

    private readonly Lock _gate = new();
    private readonly Timer _timer;
    private MemorySample _peak;
    private long _peakHeap;

    public MemorySampler() => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, Every);

    /// <summary>The sample with the largest working set since the last <see cref="Restart"/>.</summary>
    public MemorySample Peak
    {
        get
        {
            Sample();
            lock (_gate) return _peak with { PeakHeapBytes = _peakHeap };
        }
    }

    /// <summary>Starts a new section (the catch-up after ingestion) with its own peak.</summary>
    public void Restart()
    {
        lock (_gate) (_peak, _peakHeap) = (default, 0);
        Sample();
    }

    private void Sample()
    {
        var info = GC.GetGCMemoryInfo();
        var sample = new MemorySample(Environment.WorkingSet, GC.GetTotalMemory(forceFullCollection: false), info.TotalCommittedBytes, 0);
        lock (_gate)
        {
            if (sample.WorkingSetBytes > _peak.WorkingSetBytes) _peak = sample;
            _peakHeap = Math.Max(_peakHeap, sample.HeapBytes);
        }
    }

    public void Dispose() => _timer.Dispose();
}

/// <summary>One sample: the working set, the managed heap in use (with garbage not yet collected), the memory the GC has committed, and the largest heap seen.</summary>
public readonly record struct MemorySample(long WorkingSetBytes, long HeapBytes, long GcCommittedBytes, long PeakHeapBytes)
{
    /// <summary>What the working set holds beyond the GC's committed memory: native allocations, mapped code, stacks.</summary>
    public long OutsideGcBytes => WorkingSetBytes - GcCommittedBytes;
}
