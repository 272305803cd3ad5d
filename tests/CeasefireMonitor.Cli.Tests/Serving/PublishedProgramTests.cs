using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using CeasefireMonitor.Cli.Tests.Instances;

namespace CeasefireMonitor.Cli.Tests.Serving;

/// <summary>The program as the Dockerfile publishes it serves the dashboard from its own folder.</summary>
public sealed partial class PublishedProgramTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(3);
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Publish_AsTheDockerfileDoes_ServesEveryDashboardFile()
    {
        var output = Path.Combine(_cli.WorkDir, "app");
        await PublishAsync(DockerfilePublishArguments(), output);
        var wwwroot = Path.Combine(CliRunner.RepoRoot, "src", "CeasefireMonitor.Api", "wwwroot");
        var files = Directory.GetFiles(wwwroot).Select(Path.GetFileName).ToList();
        Assert.Contains("index.html", files);

        var port = LoopbackPort.Free();
        using var server = new RunningCli(Path.Combine(output, "ceasefire.dll"), _cli.WorkDir, new Dictionary<string, string>(),
            ["serve", "--urls", $"http://127.0.0.1:{port}", "--store", _cli.StorePath]);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitUntilLiveAsync(http, server);

        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(wwwroot, "index.html")), await http.GetStringAsync("/"));
        foreach (var file in files)
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(wwwroot, file!)), await http.GetStringAsync($"/{file}"));
        using var missing = await http.GetAsync("/no-such-file.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    // The Dockerfile's `dotnet publish` line, so the test publishes what the image would hold.
    private static string[] DockerfilePublishArguments()
    {
        var dockerfile = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "deploy", "Dockerfile"));
        var match = PublishLine().Match(dockerfile);
        Assert.True(match.Success, "deploy/Dockerfile has no `RUN dotnet publish … -o DIR` line");
        return match.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    // Publishes from the solution's Release build (deploy/test.sh builds it first), into a folder of the test's own.
    private static async Task PublishAsync(string[] arguments, string output)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = CliRunner.RepoRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["publish", .. arguments, "--no-build", "--nologo", "-o", output]) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Generous);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"dotnet publish failed:\n{await stdout}\n{await stderr}");
    }

    private static async Task WaitUntilLiveAsync(HttpClient http, RunningCli server)
    {
        var deadline = DateTime.UtcNow + Generous;
        while (true)
        {
            Assert.False(server.HasExited, $"the published serve exited early:\n{server.Output}");
            try
            {
                using var live = await http.GetAsync("/health/live");
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }


    [GeneratedRegex(@"RUN dotnet publish (?<args>.+?) -o \S+")]
    private static partial Regex PublishLine();
}
