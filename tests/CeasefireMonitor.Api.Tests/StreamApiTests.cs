using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;
using CeasefireMonitor.Api.Tests.Support;

namespace CeasefireMonitor.Api.Tests;

/// <summary>GET /api/stream: history with log positions as ids, resumption from Last-Event-ID, then live changes.</summary>
public sealed class StreamApiTests : IAsyncLifetime
{
    // A guard so a broken stream fails the test instead of hanging it; nothing is measured against it.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);
    private readonly ApiServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    private async Task<int> RecordedChangesAsync()
    {
        var count = 0;
        foreach (var phase in (await _server.Client.GetFromJsonAsync<JsonElement>("/api/phases")).GetProperty("phases").EnumerateArray())
            count += (await _server.Client.GetFromJsonAsync<JsonElement>($"/api/phases/{phase.GetProperty("phaseId").GetString()}")).GetProperty("history").GetArrayLength();
        return count;
    }

    /// <summary>Reads the first <paramref name="count"/> events of the stream, optionally resuming after an id; runs <paramref name="whileOpen"/> once connected.</summary>
    private async Task<List<SseItem<string>>> ReadAsync(int count, string? lastEventId = null, Func<Task>? whileOpen = null)
    {
        using var guard = new CancellationTokenSource(Guard);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stream");
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        using var response = await _server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, guard.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var body = await response.Content.ReadAsStreamAsync(guard.Token);
        if (whileOpen is not null) await whileOpen();
        var items = new List<SseItem<string>>();
        await foreach (var item in SseParser.Create(body).EnumerateAsync(guard.Token))
        {
            items.Add(item);
            if (items.Count == count) break;
        }
        return items;
    }

    private static JsonElement Data(SseItem<string> item) => JsonDocument.Parse(item.Data).RootElement;

    [Fact]
    public async Task Stream_FromStart_EveryRecordedChangeWithIncreasingIds()
    {
        var expected = await RecordedChangesAsync();
        var items = await ReadAsync(expected);
        Assert.Equal(expected, items.Count);
        Assert.All(items, i => Assert.Equal("PhaseStatusChanged", i.EventType));
        var ids = items.Select(i => long.Parse(i.EventId!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Contains(items, i => Data(i).GetProperty("phaseId").GetString() == "armenia-azerbaijan-2023" && Data(i).GetProperty("endReason").GetString() == "Surrender");
    }

    [Fact]
    public async Task Stream_WithLastEventId_ResumesRightAfterIt()
    {
        var all = await ReadAsync(await RecordedChangesAsync());
        var resumed = await ReadAsync(all.Count - 2, lastEventId: all[1].EventId);
        Assert.Equal(all.Skip(2).Select(i => i.EventId), resumed.Select(i => i.EventId));
        Assert.Equal(all.Skip(2).Select(i => i.Data), resumed.Select(i => i.Data));
    }

    [Fact]
    public async Task Stream_ArticlePostedWhileConnected_ChangeArrivesLive()
    {
        var all = await ReadAsync(await RecordedChangesAsync());
        var live = await ReadAsync(1, lastEventId: all[^1].EventId, whileOpen: async () =>
        {
            using var post = await _server.Client.SendAsync(_server.PostArticle(TestArticles.Agreement2022));
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        });
        var change = Data(Assert.Single(live));
        Assert.Equal(("armenia-azerbaijan-2022", "CeasefireCalled", "CeasefireAgreed"),
            (change.GetProperty("phaseId").GetString(), change.GetProperty("oldStatus").GetString(), change.GetProperty("newStatus").GetString()));
        Assert.Equal("Armenia–Azerbaijan", change.GetProperty("conflict").GetString());
    }

    [Fact]
    public async Task Stream_MalformedLastEventId_400Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stream");
        request.Headers.Add("Last-Event-ID", "yesterday");
        using var response = await _server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Last-Event-ID", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
