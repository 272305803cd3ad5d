using System.Net;
using CeasefireMonitor.Api.Tests.Support;

namespace CeasefireMonitor.Api.Tests;

/// <summary>Api:ProtectReads=true: the /api reads and the stream need the key; health and metrics stay open (they reveal no article data).</summary>
public sealed class ProtectedReadsTests : IAsyncLifetime
{
    private readonly ProtectedReadsApiServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    private async Task<HttpStatusCode> GetAsync(string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        using var response = await _server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return response.StatusCode;
    }

    [Theory]
    [InlineData("/api/phases")]
    [InlineData("/api/phases/armenia-azerbaijan-2023/timeline")]
    [InlineData("/api/casualties?phase=armenia-azerbaijan-2023")]
    [InlineData("/api/stream")]
    public async Task Read_ProtectReadsWithoutKey_401WithKey200(string path)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await GetAsync(path, key: null));
        Assert.Equal(HttpStatusCode.Unauthorized, await GetAsync(path, key: "not-the-key"));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(path, ApiServer.Key));
    }

    [Theory]
    [InlineData("/health/ready")]
    [InlineData("/metrics")]
    public async Task Operations_ProtectReadsWithoutKey_StillOpen(string path) =>
        Assert.Equal(HttpStatusCode.OK, await GetAsync(path, key: null));
}
