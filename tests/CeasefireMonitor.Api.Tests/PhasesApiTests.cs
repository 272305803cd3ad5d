using System.Net;
using System.Text.Json;
using CeasefireMonitor.Api.Tests.Support;

namespace CeasefireMonitor.Api.Tests;

/// <summary>The read endpoints over the seeds, as EXPECTED.md reads them.</summary>
public sealed class PhasesApiTests : IAsyncLifetime
{
    private readonly ApiServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await _server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static Dictionary<string, string> StatusByStart(JsonElement phases) =>
        phases.GetProperty("phases").EnumerateArray().Where(p => p.GetProperty("startedOn").GetString()!.Length == 10)
            .ToDictionary(p => p.GetProperty("startedOn").GetString()!, p => p.GetProperty("status").GetString() + (p.TryGetProperty("endReason", out var r) ? $" ({r.GetString()})" : ""));

    [Fact]
    public async Task GetPhases_AfterSeedReplay_StatusesOfExpectedMd()
    {
        var statuses = StatusByStart(await GetJsonAsync("/api/phases"));
        Assert.Equal("Ended (Agreement)", statuses["2020-09-27"]);
        Assert.Equal("CeasefireCalled", statuses["2022-09-13"]);
        Assert.Equal("Ended (Surrender)", statuses["2023-09-19"]);
    }

    [Fact]
    public async Task GetPhases_Always_ShapeOfStatusJson()
    {
        var phase = (await GetJsonAsync("/api/phases")).GetProperty("phases").EnumerateArray().First(p => p.GetProperty("startedOn").GetString() == "2023-09-19");
        Assert.Equal(["conflict", "endReason", "evidence", "phaseId", "since", "startedOn", "status"], phase.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Armenia–Azerbaijan", phase.GetProperty("conflict").GetString());
    }

    [Fact]
    public async Task GetPhases_KnownAt20201001_Only2020PhaseCeasefireCalled()
    {
        var statuses = StatusByStart(await GetJsonAsync("/api/phases?knownAt=2020-10-01"));
        Assert.Equal("CeasefireCalled", Assert.Single(statuses).Value);
        Assert.Equal("2020-09-27", statuses.Keys.Single());
    }

    [Fact]
    public async Task GetPhases_BadKnownAt_400ProblemNamingParameter()
    {
        using var response = await _server.Client.GetAsync("/api/phases?knownAt=01/10/2020");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("YYYY-MM-DD", problem.GetProperty("errors").GetProperty("knownAt")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPhase_2023Phase_HistoryEndsInSurrender()
    {
        var id = (await GetJsonAsync("/api/phases")).GetProperty("phases").EnumerateArray().First(p => p.GetProperty("startedOn").GetString() == "2023-09-19").GetProperty("phaseId").GetString();
        var phase = await GetJsonAsync($"/api/phases/{id}");
        var last = phase.GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("Ended", "Surrender"), (last.GetProperty("newStatus").GetString(), last.GetProperty("endReason").GetString()));
    }

    [Fact]
    public async Task GetPhase_Unknown_404Problem()
    {
        using var response = await _server.Client.GetAsync("/api/phases/no-such-phase");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-phase", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetTimeline_2020Phase_EntriesWithSources()
    {
        var timeline = await GetJsonAsync("/api/phases/armenia-azerbaijan-2020/timeline");
        var entries = timeline.GetProperty("entries").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("type").GetString() == "CeasefireCalled");
        Assert.All(entries, e => Assert.NotEmpty(e.GetProperty("sources").EnumerateArray()));
    }

    [Fact]
    public async Task GetConflicts_AfterSeedReplay_OneConflictWithItsPhases()
    {
        var conflict = Assert.Single((await GetJsonAsync("/api/conflicts")).GetProperty("conflicts").EnumerateArray());
        Assert.Equal("armenia-azerbaijan", conflict.GetProperty("conflictId").GetString());
        Assert.Contains(conflict.GetProperty("phases").EnumerateArray(), p => p.GetProperty("phaseId").GetString() == "armenia-azerbaijan-2023");
    }

    [Fact]
    public async Task GetCasualties_2023Phase_KilledAndInjured()
    {
        var tally = Assert.Single((await GetJsonAsync("/api/casualties?phase=armenia-azerbaijan-2023")).GetProperty("casualties").EnumerateArray());
        Assert.True(tally.GetProperty("killed").GetProperty("figure").GetProperty("count").GetInt32() >= 30);
        Assert.True(tally.GetProperty("injured").GetProperty("figure").GetProperty("count").GetInt32() >= 200);
    }

    [Fact]
    public async Task GetCasualties_UnknownPhase_404Problem()
    {
        using var response = await _server.Client.GetAsync("/api/casualties?phase=nowhere-1999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
