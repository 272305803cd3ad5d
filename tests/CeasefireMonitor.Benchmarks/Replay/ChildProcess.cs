using System.Diagnostics;
using System.Text.Json;

namespace CeasefireMonitor.Benchmarks.Replay;

/// <summary>Runs one replay in a fresh process of this program, so each run's peak working set and allocations are its own.</summary>
public static class ChildProcess
{
    public const string ResultPrefix = "RESULT ";

    public static async Task<ReplayResult> ReplayAsync(int articles, int seed, bool sections)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        // Under "dotnet app.dll" the process is the dotnet host and needs the assembly; an apphost needs nothing.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        foreach (var arg in new[] { ReplayCommand.ChildVerb, "--articles", $"{articles}", "--seed", $"{seed}" }) start.ArgumentList.Add(arg);
        if (sections) start.ArgumentList.Add("--sections");
        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the replay process.");
        ReplayResult? result = null;
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(ResultPrefix, StringComparison.Ordinal)) result = JsonSerializer.Deserialize<ReplayResult>(line[ResultPrefix.Length..]);
            else Console.WriteLine(line);
        }
        await child.WaitForExitAsync();
        return child.ExitCode == 0 && result is not null
            ? result
            : throw new InvalidOperationException($"The replay process failed with exit code {child.ExitCode}.");
    }

    public static void Report(ReplayResult result) => Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
}
