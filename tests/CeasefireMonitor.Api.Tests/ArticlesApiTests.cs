using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CeasefireMonitor.Api.Tests.Support;

namespace CeasefireMonitor.Api.Tests;

/// <summary>POST /api/articles: the key, idempotency, both body shapes and every refusal.</summary>
public sealed class ArticlesApiTests : IAsyncLifetime
{
    private readonly ApiServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await _server.Client.SendAsync(request))
            return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private async Task<string> StatusOfAsync(string phaseId) =>
        (await _server.Client.GetFromJsonAsync<JsonElement>("/api/phases")).GetProperty("phases").EnumerateArray()
            .Single(p => p.GetProperty("phaseId").GetString() == phaseId).GetProperty("status").GetString()!;

    [Fact]
    public async Task PostArticle_Agreement_ReturnsIdAndEventsAndChangesStatus()
    {
        var (status, body) = await SendAsync(_server.PostArticle(TestArticles.Agreement2022));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Ingested", body.GetProperty("status").GetString());
        Assert.Matches("^[0-9a-f]{16}$", body.GetProperty("articleId").GetString());
        Assert.Contains(body.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "CeasefireAgreed");
        Assert.Equal("CeasefireAgreed", await StatusOfAsync("armenia-azerbaijan-2022"));
    }

    [Fact]
    public async Task PostArticle_SameTwice_200SameIdNothingAppended()
    {
        var (_, first) = await SendAsync(_server.PostArticle(TestArticles.Agreement2022));
        var (status, second) = await SendAsync(_server.PostArticle(TestArticles.Agreement2022));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(first.GetProperty("articleId").GetString(), second.GetProperty("articleId").GetString());
        Assert.Equal("AlreadyIngested", second.GetProperty("status").GetString());
        Assert.Empty(second.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task PostArticle_NewsPleaseLine_Ingested()
    {
        var (status, body) = await SendAsync(_server.PostArticle(TestArticles.NewsPleaseLine));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(body.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "ClashReported");
    }

    [Fact]
    public async Task PostArticle_NoKey_401Problem()
    {
        var (status, body) = await SendAsync(_server.PostArticle(TestArticles.Agreement2022, key: null));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("X-Api-Key", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("CeasefireCalled", await StatusOfAsync("armenia-azerbaijan-2022"));
    }

    [Fact]
    public async Task PostArticle_WrongKey_401Problem()
    {
        var (status, _) = await SendAsync(_server.PostArticle(TestArticles.Agreement2022, key: ApiServer.Key + "x"));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task PostArticle_MissingPublished_400NamingField()
    {
        var (status, body) = await SendAsync(_server.PostArticle(new { text = "Fighting broke out on Monday.", title = "t" }));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("publication date", body.GetProperty("errors").GetProperty("published")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostArticle_DateInFuture_400WithReason()
    {
        var (status, body) = await SendAsync(_server.PostArticle(new { text = "Fighting broke out on Monday.", published = "2999-01-01" }));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("in the future", body.GetProperty("errors").GetProperty("published")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostArticle_MalformedJson_400()
    {
        var request = _server.PostArticle(new { });
        request.Content = new StringContent("{\"text\": ", System.Text.Encoding.UTF8, "application/json");
        var (status, body) = await SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not valid JSON", body.GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostArticle_OverSizeLimit_413()
    {
        var (status, body) = await SendAsync(_server.PostArticle(new { text = new string('a', 5 * 1024 * 1024), published = "2023-04-16" }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("2 MB", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostArticle_TextOver2MbInsideBodyLimit_413()
    {
        var (status, _) = await SendAsync(_server.PostArticle(new { text = new string('a', 3 * 1024 * 1024), published = "2023-04-16" }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }
}

/// <summary>Without a configured key, writes are refused: there is no default key.</summary>
public sealed class KeylessArticlesApiTests : IAsyncLifetime
{
    private readonly KeylessApiServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task PostArticle_NoKeyConfigured_403NamingSetting()
    {
        using var response = await _server.Client.SendAsync(_server.PostArticle(TestArticles.Agreement2022, key: ""));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("CEASEFIRE_API_KEY", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPhases_NoKeyConfigured_ReadsOpen()
    {
        using var response = await _server.Client.GetAsync("/api/phases");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
