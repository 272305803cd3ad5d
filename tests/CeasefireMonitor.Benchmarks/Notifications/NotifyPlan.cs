using System.Globalization;

namespace CeasefireMonitor.Benchmarks.Notifications;

/// <summary>What one run measures: changes one at a time, the fixed rates and for how long, the backlog, the warm-up.</summary>
public sealed record NotifyPlan(int Count, IReadOnlyList<int> Rates, int Seconds, int Backlog, int WarmUp);

/// <summary>Append-to-receipt latencies in milliseconds.</summary>
public sealed record Latency(double P50, double P99, double Max)
{
    public static Latency Of(List<double> milliseconds)
    {
        milliseconds.Sort();
        return new Latency(Percentile(milliseconds, 50), Percentile(milliseconds, 99), milliseconds[^1]);
    }

    private static double Percentile(List<double> sorted, int p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"p50 {P50:0.00} ms, p99 {P99:0.00} ms, max {Max:0.00} ms");
}

public sealed record RateResult(int Rate, Latency Latency, double Achieved);

public sealed record NotifyResult(Latency OneAtATime, IReadOnlyList<RateResult> AtRate, double Confirmed, double Received)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"one at a time {OneAtATime}; {string.Join("; ", AtRate.Select(r => $"{r.Rate}/s {r.Latency} (achieved {r.Achieved:N0}/s)"))}; backlog {Confirmed:N0} confirmed/s, {Received:N0} received/s");
}
