using BenchmarkDotNet.Configs;

namespace CeasefireMonitor.Benchmarks.Suite;

public sealed class ExtractionThroughput : ManualConfig
{
    public ExtractionThroughput() => AddColumn(new ThroughputColumn("MB", format: "F2"), new ThroughputColumn("articles"));
}

public sealed class EventThroughput : ManualConfig
{
    public EventThroughput() => AddColumn(new ThroughputColumn("events"));
}
