using System.Diagnostics;

namespace CeasefireMonitor.Cli.Tests;

/// <summary>Runs the built `ceasefire` program as a separate process, in a temporary working folder.</summary>
public sealed class CliRunner : IDisposable
{
    public string WorkDir { get; } = Directory.CreateTempSubdirectory("cm-cli-").FullName;

    public string StorePath => Path.Combine(WorkDir, "store.db");

    public static string RepoRoot { get; } = FindRoot();

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    public async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = WorkDir, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ceasefire.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    public Task<(int Exit, string Out, string Err)> RunOnStoreAsync(params string[] args) => RunAsync([.. args, "--store", StorePath]);

    public void Dispose() => Directory.Delete(WorkDir, recursive: true);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CeasefireMonitor.sln"))) return dir.FullName;
        throw new InvalidOperationException("CeasefireMonitor.sln not found above the test assembly");
    }
}
