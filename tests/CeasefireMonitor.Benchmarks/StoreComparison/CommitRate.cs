using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CeasefireMonitor.Benchmarks.StoreComparison;

/// <summary>
/// The disk's commit rate as pg_test_fsync measures it (fdatasync, PostgreSQL's default on Linux, one 8 kB write):
/// the bound of a store that fsyncs each commit, against which single-event appends are read.
/// </summary>
public static partial class CommitRate
{
    public static async Task<double> MeasureAsync(string folder, int secondsPerTest, string? tool = null)
    {
        tool = Find(tool) ?? throw new InvalidOperationException("pg_test_fsync was not found under /usr/lib/postgresql/*/bin (Debian's postgresql package provides it); pass --fsync-tool PATH");
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-s", secondsPerTest.ToString(CultureInfo.InvariantCulture), "-f", Path.Combine(folder, "pg_test_fsync.out")]) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {await error}");
        return Parse(output);
    }

    /// <summary>The fdatasync line of the one-8-kB-write section, in ops/sec.</summary>
    public static double Parse(string output)
    {
        var section = output.IndexOf("using one 8kB write", StringComparison.Ordinal);
        var match = section < 0 ? Match.Empty : FdatasyncLine().Match(output, section);
        return match.Success
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new FormatException($"pg_test_fsync printed no fdatasync figure for one 8kB write:\n{output}");
    }

    public static string? Find(string? given = null) =>
        given ?? (Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pg_test_fsync")).Where(File.Exists).Order(StringComparer.Ordinal).LastOrDefault()
            : null);

    [GeneratedRegex(@"^\s*fdatasync\s+([0-9.]+) ops/sec", RegexOptions.Multiline)]
    private static partial Regex FdatasyncLine();
}
