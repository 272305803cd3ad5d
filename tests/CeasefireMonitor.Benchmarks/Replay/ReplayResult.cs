namespace CeasefireMonitor.Benchmarks.Replay;

/// <summary>One time section of a replay, with how many things (events, documents) went through it.</summary>
public sealed record SectionResult(string Name, double Seconds, long Count, string Unit);

/// <summary>What one replay measured; the wall time is ingestion plus catching the projections up, without generating the corpus.</summary>
public sealed record ReplayResult(
    int Articles,
    int Rejected,
    long Events,
    long CorpusBytes,
    double GenerationSeconds,
    double IngestSeconds,
    double CatchUpSeconds,
    long PeakWorkingSetAfterIngestBytes,
    long PeakWorkingSetBytes,
    long AllocatedBytes,
    long? RetainedAfterIngestBytes,
    long? RetainedAfterCatchUpBytes,
    MemorySample IngestMemory,
    MemorySample CatchUpMemory,
    IReadOnlyList<SectionResult> Sections)
{
    public double WallSeconds => IngestSeconds + CatchUpSeconds;

    public double ArticlesPerSecond => Articles / WallSeconds;

    public double EventsPerSecond => Events / WallSeconds;

    public double PeakWorkingSetMegabytes => PeakWorkingSetBytes / 1e6;

    public double AllocatedMegabytes => AllocatedBytes / 1e6;
}
