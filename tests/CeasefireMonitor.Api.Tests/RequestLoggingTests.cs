using System.Net;
using CeasefireMonitor.Api.Tests.Support;
using Serilog.Events;

namespace CeasefireMonitor.Api.Tests;

/// <summary>Serilog's request logging writes one event per request, with its path and status code.</summary>
public sealed class RequestLoggingTests : IAsyncLifetime
{
    private readonly LogCapturingApiServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    private LogEvent? RequestEvent(string path) => _server.Events.FirstOrDefault(e =>
        e.Properties.TryGetValue("RequestPath", out var value) && value is ScalarValue { Value: string logged } && logged == path);

    [Fact]
    public async Task Request_UnknownPhase_LogsPathAndStatus404()
    {
        using var response = await _server.Client.GetAsync("/api/phases/no-such-phase");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        // The event is written when the response completes, which can be just after the client has read it.
        for (var attempt = 0; attempt < 50 && RequestEvent("/api/phases/no-such-phase") is null; attempt++) await Task.Delay(100);
        var logged = RequestEvent("/api/phases/no-such-phase");
        Assert.NotNull(logged);
        Assert.Equal("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", logged.MessageTemplate.Text);
        Assert.Equal(404, ((ScalarValue)logged.Properties["StatusCode"]).Value);
        Assert.Contains("\"GET\" \"/api/phases/no-such-phase\" responded 404", logged.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_PostWithoutKey_LogsPathAndStatus401()
    {
        using var response = await _server.Client.SendAsync(_server.PostArticle(TestArticles.Agreement2022, key: null));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        for (var attempt = 0; attempt < 50 && RequestEvent("/api/articles") is null; attempt++) await Task.Delay(100);
        var logged = RequestEvent("/api/articles");
        Assert.NotNull(logged);
        Assert.Equal(401, ((ScalarValue)logged.Properties["StatusCode"]).Value);
        Assert.Equal("POST", ((ScalarValue)logged.Properties["RequestMethod"]).Value);
    }
}
