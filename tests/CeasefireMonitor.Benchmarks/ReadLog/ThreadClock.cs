using System.Runtime.InteropServices;

namespace CeasefireMonitor.Benchmarks.ReadLog;

/// <summary>The calling thread's processor time in nanoseconds (Linux CLOCK_THREAD_CPUTIME_ID): /proc's 10 ms ticks are too coarse for one pass.</summary>
internal static class ThreadClock
{
    private const int ThreadCpuTime = 3;

    public static double Seconds()
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("read-log reads the thread's processor time from Linux");
        if (clock_gettime(ThreadCpuTime, out var time) != 0) throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        return time.Seconds + time.Nanoseconds / 1e9;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
