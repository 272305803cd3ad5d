using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace CeasefireMonitor.Messaging.Tests.Support;

/// <summary>The built `ceasefire` program as a process of its own, its output collected as it comes.</summary>
public sealed class CeasefireProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();

    public CeasefireProcess(string workDir, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ceasefire.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        _process = Process.Start(start)!;
        _process.StandardInput.Close();
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_out) _out.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_err) _err.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output { get { lock (_out) return _out.ToString(); } }

    public string Error { get { lock (_err) return _err.ToString(); } }

    /// <summary>Standard output read as one JSON object per line (`--json`).</summary>
    public IReadOnlyList<JsonElement> JsonLines =>
        [.. Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    /// <summary>Waits until standard error holds the text; the timeout only bounds a failure.</summary>
    public async Task WaitForErrorAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Error.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
                throw new TimeoutException($"'{text}' did not appear on stderr; exited: {_process.HasExited}\nstdout:\n{Output}\nstderr:\n{Error}");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits for the exit and returns its code; the timeout only bounds a failure.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { throw new TimeoutException($"still running after {timeout}\nstdout:\n{Output}\nstderr:\n{Error}"); }
        // The asynchronous readers finish with the process's streams.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public async Task RunToSuccessAsync(TimeSpan timeout)
    {
        var exit = await WaitForExitAsync(timeout);
        Assert.True(exit == 0, $"exit {exit}\nstdout:\n{Output}\nstderr:\n{Error}");
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
