using System.Globalization;
using System.Runtime.InteropServices;
using CeasefireMonitor.Benchmarks.Figures;
using CeasefireMonitor.Benchmarks.Replay;
using CeasefireMonitor.Messaging.Bus;

namespace CeasefireMonitor.Benchmarks.Notifications;

/// <summary>
/// notify [--rabbitmq URL] [--runs 3] [--count 500] [--rates 100,1000] [--seconds 10] [--backlog 20000] [--warm-up 60000]:
/// append-to-receipt latency of notifications one at a time and at fixed rates, and the throughput of a backlog, on the
/// in-memory bus and (with --rabbitmq) on RabbitMQ, the two measured one after the other in each run.
/// </summary>
public static class NotifyCommand
{
    private const double P99GoalMs = 20, ThroughputGoal = 5_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = CommandOptions.Parse(args);
        options.RejectUnknown("rabbitmq", "runs", "count", "rates", "seconds", "backlog", "warm-up");
        var rabbit = BusAddress.Parse(options.Text("rabbitmq"));
        var plan = new NotifyPlan(options.Int("count", 500), ParseRates(options.Text("rates") ?? "100,1000"), options.Int("seconds", 10), options.Int("backlog", 20_000), options.Int("warm-up", 60_000));
        var runs = options.Int("runs", 3);
        if (runs < 1 || plan.Count < 1 || plan.Seconds < 1 || plan.Backlog < 1 || plan.WarmUp < 0)
            throw new ArgumentException("--runs, --count, --seconds and --backlog must be at least 1, --warm-up at least 0.");
        var loadBefore = LoadAverage.Now();
        var buses = rabbit is null ? [("in-memory", null)] : new (string Name, BusAddress? Address)[] { ("in-memory", null), ("RabbitMQ", rabbit) };
        var results = buses.ToDictionary(b => b.Name, _ => new List<NotifyResult>());
        for (var run = 1; run <= runs; run++)
            foreach (var (name, address) in buses)
            {
                var result = await NotifyRun.MeasureAsync(address, plan);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}, {name}: {result} (load {LoadAverage.Now()})"));
                results[name].Add(result);
            }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Measured on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, load average {loadBefore} before and {LoadAverage.Now()} after; medians of {runs} runs (range in brackets), each on a fresh store after a warm-up of {plan.WarmUp:N0} notifications."));
        Console.WriteLine();
        Console.WriteLine($"| measure | {string.Join(" | ", buses.Select(b => b.Name))} | goal | {buses[^1].Name} / goal |");
        Console.WriteLine($"|---|{string.Concat(buses.Select(_ => "---:|"))}---:|---:|");
        foreach (var row in Rows(plan))
        {
            var cells = buses.Select(b => Cell(results[b.Name].Select(row.Figure).ToList(), row.Unit));
            var last = Measurement.MedianOf(results[buses[^1].Name].Select(row.Figure).ToList());
            var verdict = row.Goal switch
            {
                null => "–",
                { } goal when row.Unit == "ms" => string.Create(CultureInfo.InvariantCulture, $"{last / goal:0.00}× ({(last < goal ? "met" : "**missed**")})"),
                { } goal => string.Create(CultureInfo.InvariantCulture, $"{last / goal:0.00}× ({(last >= goal ? "met" : "**missed**")})"),
            };
            var goalText = row.Goal is { } g ? (row.Unit == "ms" ? $"< {g:0} ms" : string.Create(CultureInfo.InvariantCulture, $"≥ {g:N0}/s")) : "–";
            Console.WriteLine($"| {row.Name} | {string.Join(" | ", cells)} | {goalText} | {verdict} |");
        }
        return 0;
    }

    private sealed record Row(string Name, Func<NotifyResult, double> Figure, string Unit, double? Goal = null);

    private static IEnumerable<Row> Rows(NotifyPlan plan)
    {
        yield return new Row($"one at a time ({plan.Count:N0}): p50", r => r.OneAtATime.P50, "ms");
        yield return new Row("one at a time: p99", r => r.OneAtATime.P99, "ms", P99GoalMs);
        yield return new Row("one at a time: max", r => r.OneAtATime.Max, "ms");
        for (var i = 0; i < plan.Rates.Count; i++)
        {
            var (index, rate) = (i, plan.Rates[i]);
            var name = string.Create(CultureInfo.InvariantCulture, $"{rate:N0}/s for {plan.Seconds} s");
            yield return new Row($"{name}: p50", r => r.AtRate[index].Latency.P50, "ms");
            yield return new Row($"{name}: p99", r => r.AtRate[index].Latency.P99, "ms", P99GoalMs);
            yield return new Row($"{name}: max", r => r.AtRate[index].Latency.Max, "ms");
            yield return new Row($"{name}: rate achieved", r => r.AtRate[index].Achieved, "/s");
        }
        yield return new Row($"backlog of {plan.Backlog:N0}: confirmed", r => r.Confirmed, "/s");
        yield return new Row($"backlog of {plan.Backlog:N0}: received", r => r.Received, "/s", ThroughputGoal);
    }

    private static string Cell(List<double> samples, string unit) => unit == "ms"
        ? string.Create(CultureInfo.InvariantCulture, $"{Measurement.MedianOf(samples):0.00} ms ({samples.Min():0.00}–{samples.Max():0.00})")
        : string.Create(CultureInfo.InvariantCulture, $"{Measurement.MedianOf(samples):N0}/s ({samples.Min():N0}–{samples.Max():N0})");

    private static List<int> ParseRates(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r =>
            int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var rate) && rate > 0 ? rate : throw new ArgumentException($"--rates '{text}': expected positive whole numbers separated by commas"))];
}
