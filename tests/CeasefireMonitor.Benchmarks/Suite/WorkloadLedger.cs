using System.Globalization;

namespace CeasefireMonitor.Benchmarks.Suite;

/// <summary>
/// What one benchmark operation processes (bytes, articles, events), written by the benchmark's setup, which may
/// run in a child process, and read by the throughput columns in the host.
/// </summary>
public static class WorkloadLedger
{
    /// <summary>The parameters as the columns name them: "Name=Value", comma-separated, in declaration order.</summary>
    public static string Parameters(params (string Name, object Value)[] parameters) =>
        string.Join(",", parameters.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name}={p.Value}")));

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "ceasefire-benchmarks");

    public static void Record(string benchmark, string parameters, string unit, double perOperation)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(PathOf(benchmark, parameters, unit), perOperation.ToString("R", CultureInfo.InvariantCulture));
    }

    public static double? Read(string benchmark, string parameters, string unit) =>
        File.Exists(PathOf(benchmark, parameters, unit))
            ? double.Parse(File.ReadAllText(PathOf(benchmark, parameters, unit)), CultureInfo.InvariantCulture)
            : null;

    private static string PathOf(string benchmark, string parameters, string unit) =>
        Path.Combine(Folder, $"{benchmark}{parameters}.{unit}".Replace('=', '-').Replace(',', '_').Replace(' ', '_'));
}
