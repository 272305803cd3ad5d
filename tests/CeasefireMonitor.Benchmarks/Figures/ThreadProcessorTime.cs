using System.Globalization;

namespace CeasefireMonitor.Benchmarks.Figures;

/// <summary>
/// The processor time of the calling thread alone (Linux: /proc/thread-self/stat, in 10 ms ticks), so a per-core figure leaves out
/// the runtime's tiering compiler and background collector, which run on threads of their own; null where it cannot be read.
/// </summary>
public static class ThreadProcessorTime
{
    private const double TicksPerSecond = 100;
    private const string StatFile = "/proc/thread-self/stat";

    public static TimeSpan? Now()
    {
        if (!File.Exists(StatFile)) return null;
        var stat = File.ReadAllText(StatFile);
        // The thread's name, in parentheses, may hold spaces; utime and stime are the 12th and 13th fields after it.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
