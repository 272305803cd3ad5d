using System.Globalization;

namespace CeasefireMonitor.Benchmarks.Figures;

/// <summary>Repeated samples of one figure, summarised by their median because these machines are shared and noisy.</summary>
public sealed record Measurement(string Name, string Unit, IReadOnlyList<double> Samples, double? Goal = null, bool HigherIsBetter = true)
{
    public double Median => MedianOf(Samples);

    /// <summary>The median over the goal: at least 1 meets a throughput goal, at most 1 meets a time or memory goal.</summary>
    public double? RatioToGoal => Goal is { } goal ? Median / goal : null;

    public bool? MeetsGoal => Goal is { } goal ? (HigherIsBetter ? Median >= goal : Median <= goal) : null;

    public static double MedianOf(IReadOnlyList<double> samples)
    {
        if (samples.Count == 0) return double.NaN;
        var sorted = samples.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public string MarkdownRow()
    {
        var goal = Goal is { } g ? $"{(HigherIsBetter ? "≥" : "≤")} {Format(g)} {Unit}" : "–";
        var ratio = RatioToGoal is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "–";
        var verdict = MeetsGoal switch { true => "met", false => "**missed**", null => "–" };
        return $"| {Name} | {Format(Median)} {Unit} | {Format(Samples.Min())}–{Format(Samples.Max())} | {Samples.Count} | {goal} | {ratio} | {verdict} |";
    }

    public const string MarkdownHeader = "| Measure | Median | Range | Runs | Goal | Median / goal | Verdict |\n|---|---:|---:|---:|---:|---:|---|";

    private static string Format(double value) =>
        value.ToString(Math.Abs(value) >= 100 ? "N0" : "0.00", CultureInfo.InvariantCulture);
}
