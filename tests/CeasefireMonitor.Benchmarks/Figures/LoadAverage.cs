namespace CeasefireMonitor.Benchmarks.Figures;

/// <summary>Other users of a shared machine show in the load average, which says how far to trust the figures.</summary>
public static class LoadAverage
{
    public static string Now() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
