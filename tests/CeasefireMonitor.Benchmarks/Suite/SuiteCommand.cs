using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CeasefireMonitor.Benchmarks.Figures;

namespace CeasefireMonitor.Benchmarks.Suite;

/// <summary>The BenchmarkDotNet suite; with no arguments it runs every benchmark, otherwise BenchmarkSwitcher reads them (e.g. --filter *Append*).</summary>
public static class SuiteCommand
{
    private static readonly (string Benchmark, string Unit, double Goal)[] GoalsByBenchmark =
    [
        ($"{nameof(ExtractionBenchmarks)}.{nameof(ExtractionBenchmarks.ExtractCorpus)}", "MB", Goals.ExtractionMegabytesPerSecond),
        ($"{nameof(AppendBenchmarks)}.{nameof(AppendBenchmarks.BatchedAppends)}", "events", Goals.BatchedAppendEventsPerSecond),
        ($"{nameof(RebuildBenchmarks)}.{nameof(RebuildBenchmarks.Rebuild)}", "events", Goals.RebuildEventsPerSecond),
    ];

    public static int Run(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(SuiteCommand).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
        foreach (var summary in summaries) PrintGoals(summary);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static void PrintGoals(Summary summary)
    {
        foreach (var report in summary.Reports)
        {
            var name = ThroughputColumn.NameOf(report.BenchmarkCase);
            foreach (var (_, unit, goal) in GoalsByBenchmark.Where(g => g.Benchmark == name))
            {
                if (new ThroughputColumn(unit).PerSecond(summary, report.BenchmarkCase) is not { } measured) continue;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name} ({ThroughputColumn.ParametersOf(report.BenchmarkCase)}): {measured:N2} {unit}/s, goal {goal:N0} {unit}/s, {measured / goal:0.00}× the goal: {(measured >= goal ? "met" : "MISSED")}"));
            }
        }
    }
}
