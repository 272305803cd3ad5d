namespace CeasefireMonitor.Benchmarks.Figures;

/// <summary>The performance goals the figures are compared with.</summary>
public static class Goals
{
    public const int ReplayArticles = 10_000;
    public const double ReplaySeconds = 60;
    public const double ReplayPeakMegabytes = 300;
    public const double ExtractionMegabytesPerSecond = 5;
    public const double BatchedAppendEventsPerSecond = 50_000;
    public const double RebuildEventsPerSecond = 200_000;
}
