using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CeasefireMonitor.Benchmarks.Suite;

/// <summary>Units per second from the median time per operation and the units one operation processes.</summary>
public sealed class ThroughputColumn(string unit, double scale = 1, string format = "N0") : IColumn
{
    public string Id => $"{nameof(ThroughputColumn)}.{unit}";

    public string ColumnName => $"{unit}/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"{unit} per second, from the median time per operation";

    public static string NameOf(BenchmarkCase benchmarkCase) =>
        $"{benchmarkCase.Descriptor.Type.Name}.{benchmarkCase.Descriptor.WorkloadMethod.Name}";

    public static string ParametersOf(BenchmarkCase benchmarkCase) =>
        string.Join(",", benchmarkCase.Parameters.Items.Select(p => $"{p.Name}={p.Value}"));

    /// <summary>Units per second, or null when the case did not run or recorded no workload.</summary>
    public double? PerSecond(Summary summary, BenchmarkCase benchmarkCase)
    {
        var perOperation = WorkloadLedger.Read(NameOf(benchmarkCase), ParametersOf(benchmarkCase), unit);
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        return perOperation is { } units && median is > 0 ? units * scale / (median.Value / 1e9) : null;
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        PerSecond(summary, benchmarkCase) is { } value ? value.ToString(format, CultureInfo.InvariantCulture) : "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
