using System.Diagnostics;
using System.Runtime;
using CeasefireMonitor.Application.Projections;

namespace CeasefireMonitor.Benchmarks.Figures;

/// <summary>Wall time, processor time, pauses, allocation and compiling of a series of rebuilds; the first samples are the warm-up.</summary>
internal sealed class RebuildSamples(long events)
{
    private readonly List<double> _seconds = [], _cpuSeconds = [], _gcShares = [], _allocated = [], _jitMilliseconds = [];

    public async Task MeasureAsync(ProjectionRunner projections)
    {
        var (started, cpuStarted, pausedBefore, allocatedBefore) = (Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime, GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: true));
        var jitBefore = JitInfo.GetCompilationTime();
        await projections.RebuildAsync();
        var elapsed = Stopwatch.GetElapsedTime(started);
        _seconds.Add(elapsed.TotalSeconds);
        _cpuSeconds.Add((Environment.CpuUsage.TotalTime - cpuStarted).TotalSeconds);
        _gcShares.Add(100 * (GC.GetTotalPauseDuration() - pausedBefore) / elapsed);
        _allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)events);
        _jitMilliseconds.Add((JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds);
    }

    // Processor time is what other users of a shared machine disturb least.
    public List<Measurement> Rows(string title, string name, int warmUps) =>
    [
        new(title, "events/s", [.. _seconds.Skip(warmUps).Select(s => events / s)], Goals.RebuildEventsPerSecond),
        new($"{name}, per second of processor time", "events/CPU-s", [.. _cpuSeconds.Skip(warmUps).Select(s => events / s)]),
        new($"{name}, time paused by the garbage collector", "% of wall", [.. _gcShares.Skip(warmUps)]),
        new($"{name}, allocated per event", "B", [.. _allocated.Skip(warmUps)]),
        // The runtime's own clock of its compilations (elapsed, summed over threads): tiering that goes on after the warm-up.
        new($"{name}, time compiling methods during the run", "ms", [.. _jitMilliseconds.Skip(warmUps)]),
    ];
}
