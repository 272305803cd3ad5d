using System.Diagnostics;
using System.Text;

namespace CeasefireMonitor.Cli.Tests.Instances;

/// <summary>A `ceasefire` process left running (a worker, a replay) whose output is collected as it comes.</summary>
public sealed class RunningCli : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();

    public RunningCli(string workDir, params string[] args) : this(workDir, new Dictionary<string, string>(), args)
    {
    }

    public RunningCli(string workDir, IReadOnlyDictionary<string, string> environment, params string[] args)
        : this(Path.Combine(AppContext.BaseDirectory, "ceasefire.dll"), workDir, environment, args)
    {
    }

    /// <summary>Runs the program at <paramref name="program"/> (a published copy, say) rather than the test's build.</summary>
    public RunningCli(string program, string workDir, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(program);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { lock (_out) _out.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_out) _out.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output { get { lock (_out) return _out.ToString(); } }

    public bool HasExited => _process.HasExited;

    /// <summary>Polls the output until it holds the text; fails with the output so far after the timeout.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"'{text}' did not appear within {timeout}; output so far:\n{Output}");
            await Task.Delay(200);
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGTERM, as `docker stop` sends: the process is asked to shut down cleanly.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>SIGKILL: the process gets no chance to release anything.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
