using System.Net;
using System.Text.Json;
using CeasefireMonitor.Api.Tests.Support;

namespace CeasefireMonitor.Api.Tests;

/// <summary>Health, metrics and the OpenAPI document.</summary>
public sealed class OperationsTests : IAsyncLifetime
{
    private readonly ApiServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task HealthLive_Running_200Healthy()
    {
        using var response = await _server.Client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthReady_StoreOpenInMemoryBus_200Healthy()
    {
        using var response = await _server.Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"Healthy","checks":{"store":"Healthy","broker":"Healthy"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_AfterPost_CountsArticlesEventsAndLag()
    {
        using (var post = await _server.Client.SendAsync(_server.PostArticle(TestArticles.Agreement2022))) Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        // The exporter collects on scrape, so the first scrape can miss measurements still being aggregated: poll briefly.
        var text = "";
        for (var attempt = 0; attempt < 50 && !text.Contains("ceasefire_articles_ingested_total", StringComparison.Ordinal); attempt++)
        {
            if (attempt > 0) await Task.Delay(200);
            text = await _server.Client.GetStringAsync("/metrics");
        }
        Assert.Matches(@"ceasefire_articles_ingested_total\{[^}]*outcome=""Ingested""[^}]*\} 1", text);
        Assert.Matches(@"ceasefire_events_appended_total(\{[^}]*\})? [1-9]", text);
        Assert.Matches(@"ceasefire_notifications_sent_total(\{[^}]*\})? [1-9]", text);
        Assert.Matches(@"ceasefire_projection_lag(_events)?(\{[^}]*\})? 0", text);
    }

    [Fact]
    public async Task OpenApi_Document_ListsEveryEndpoint()
    {
        var document = JsonDocument.Parse(await _server.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["/api/articles", "/api/casualties", "/api/conflicts", "/api/phases", "/api/phases/{id}", "/api/phases/{id}/timeline", "/api/stream"],
            paths.Where(p => p.StartsWith("/api", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }
}
