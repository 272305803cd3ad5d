using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CeasefireMonitor.Cli.Tests.Instances;

namespace CeasefireMonitor.Cli.Tests.Serving;

/// <summary>`ceasefire serve` as a real process on a temporary SQLite store, stopped with SIGTERM.</summary>
public sealed class ServeCommandTests : IDisposable
{
    // Waits for the server to come up on this shared 2-core machine; a guard against hanging, not a measurement.
    private static readonly TimeSpan StartWait = TimeSpan.FromMinutes(2);
    private readonly CliRunner _cli = new();
    private readonly string _key = Guid.NewGuid().ToString("N");

    public void Dispose() => _cli.Dispose();


    private RunningCli Serve(int port, params string[] more) =>
        new(_cli.WorkDir, new Dictionary<string, string> { ["CEASEFIRE_API_KEY"] = _key }, ["serve", "--urls", $"http://127.0.0.1:{port}", "--store", _cli.StorePath, .. more]);

    /// <summary>Polls /health/ready until it answers (any status); fails with the server's output if the process ends or never answers.</summary>
    private static async Task<HttpResponseMessage> FirstReadyAnswerAsync(HttpClient http, RunningCli server)
    {
        var deadline = DateTime.UtcNow + StartWait;
        while (true)
        {
            Assert.False(server.HasExited, $"serve exited early:\n{server.Output}");
            try { return await http.GetAsync("/health/ready"); }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline) { await Task.Delay(250); }
        }
    }

    [Fact]
    public async Task Serve_AfterReplay_AnswersLikeStatusJsonIngestsWithKeyAndStopsOnSigterm()
    {
        var (replayExit, _, replayErr) = await _cli.RunOnStoreAsync("replay", CliRunner.Seeds);
        Assert.True(replayExit == 0, replayErr);
        var (_, statusJson, _) = await _cli.RunOnStoreAsync("status", "--json");
        var port = LoopbackPort.Free();
        using var server = Serve(port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        using (var ready = await FirstReadyAnswerAsync(http, server)) Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var (healthExit, healthOut, _) = await _cli.RunAsync("health", $"http://127.0.0.1:{port}");
        Assert.True(healthExit == 0, healthOut);

        // The API's phases are status --json's, over the store given by --store.
        var phases = await http.GetStringAsync("/api/phases");
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(statusJson)), JsonSerializer.Serialize(JsonDocument.Parse(phases)));
        Assert.Contains("\"armenia-azerbaijan-2023\"", phases, StringComparison.Ordinal);
        var (_, knownAtJson, _) = await _cli.RunOnStoreAsync("status", "--known-at", "2020-10-01", "--json");
        var knownAt = await http.GetStringAsync("/api/phases?knownAt=2020-10-01");
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(knownAtJson)), JsonSerializer.Serialize(JsonDocument.Parse(knownAt)));

        // The dashboard and the OpenAPI document are served from the CLI's output folder too.
        Assert.Contains("board.js", await http.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("/api/phases/{id}/timeline", await http.GetStringAsync("/openapi/v1.json"), StringComparison.Ordinal);

        // The key comes from CEASEFIRE_API_KEY: without it the post is refused, with it the 2022 phase moves on.
        var article = new
        {
            title = "Border truce agreed",
            text = "Armenia and Azerbaijan agreed to a ceasefire on Wednesday evening after two days of fighting along their border, the Armenian Security Council said.",
            published = "2022-09-15",
        };
        using (var refused = await http.PostAsJsonAsync("/api/articles", article)) Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(article) };
        post.Headers.Add("X-Api-Key", _key);
        using (var accepted = await http.SendAsync(post))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            var body = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("Ingested", body.GetProperty("status").GetString());
            Assert.Contains(body.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "CeasefireAgreed");
        }
        var phase = JsonDocument.Parse(await http.GetStringAsync("/api/phases/armenia-azerbaijan-2022")).RootElement;
        Assert.Equal("CeasefireAgreed", phase.GetProperty("status").GetString());

        server.Terminate();
        Assert.Equal(0, await server.WaitForExitAsync(StartWait));
        Assert.Contains("Stopped.", server.Output, StringComparison.Ordinal);
        var (afterExit, afterOut, _) = await _cli.RunAsync("health", $"http://127.0.0.1:{port}");
        Assert.Equal((1, true), (afterExit, afterOut.StartsWith("not ready", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Serve_BusOnClosedPort_ReadyAnswers503AndHealthExits1()
    {
        var closed = LoopbackPort.Free();
        var port = LoopbackPort.Free();
        using var server = Serve(port, "--bus", $"rabbitmq://monitor:secret@127.0.0.1:{closed}/ceasefire");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        using (var ready = await FirstReadyAnswerAsync(http, server))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");
            Assert.Equal(("Healthy", "Unhealthy"), (checks.GetProperty("store").GetString(), checks.GetProperty("broker").GetString()));
        }
        var (healthExit, healthOut, _) = await _cli.RunAsync("health", $"http://127.0.0.1:{port}");
        Assert.True(healthExit == 1, healthOut);
        Assert.StartsWith("503 ", healthOut, StringComparison.Ordinal);

        server.Terminate();
        Assert.Equal(0, await server.WaitForExitAsync(StartWait));
    }
}
