using System.Net;
using CeasefireMonitor.Api.Tests.Support;
using Microsoft.Playwright;

namespace CeasefireMonitor.Api.Tests;

/// <summary>The dashboard in a real Chromium against the API on Kestrel, over the seeds.</summary>
public sealed class DashboardTests : IAsyncLifetime
{
    // Playwright waits for a condition up to this long; a guard against hanging on this shared 2-core machine, not a measurement.
    private const float Wait = 30_000;
    private readonly ApiServer _server = new();
    private Browser _browser = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        _browser = await Browser.LaunchAsync();
        _page = await _browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        _page.SetDefaultTimeout(Wait);
        Assertions.SetDefaultExpectTimeout(Wait);
        await _page.GotoAsync(_server.BaseAddress.ToString());
        await Assertions.Expect(_page.Locator(".card").First).ToBeVisibleAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _server.DisposeAsync();
    }

    private ILocator Card(string phaseId) => _page.Locator($".card[data-phase-id='{phaseId}']");

    private static string ScreenshotPath(string name) =>
        Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName, name);

    [Fact]
    public async Task Board_AfterSeedReplay_ShowsPhasesOfExpectedMd()
    {
        await Assertions.Expect(Card("armenia-azerbaijan-2020")).ToHaveAttributeAsync("data-status", "Ended");
        await Assertions.Expect(Card("armenia-azerbaijan-2020").Locator(".status")).ToHaveTextAsync("Ended (Agreement)");
        await Assertions.Expect(Card("armenia-azerbaijan-2022").Locator(".status")).ToHaveTextAsync("CeasefireCalled");
        await Assertions.Expect(Card("armenia-azerbaijan-2023").Locator(".status")).ToHaveTextAsync("Ended (Surrender)");
        await Assertions.Expect(Card("armenia-azerbaijan-2023").Locator("svg.timeline circle.dot").First).ToBeAttachedAsync();
        await Assertions.Expect(Card("armenia-azerbaijan-2023").Locator(".evidence")).Not.ToBeEmptyAsync();
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("board.png"), FullPage = true });
    }

    private sealed record Marker(string Phase, string Kind, string Type, string Date, double Left, double Right, double Top, double Bottom)
    {
        public bool Overlaps(Marker other) => Phase == other.Phase && Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }

    /// <summary>Every dot and bar of every timeline on the board, as boxes in the SVG's own units.</summary>
    private async Task<List<Marker>> MarkersAsync()
    {
        var json = await _page.EvaluateAsync<string>("""
            () => JSON.stringify([...document.querySelectorAll('.card')].flatMap(card => [...card.querySelectorAll('svg.timeline circle.dot, svg.timeline rect.span')].map(m => {
              const n = name => Number(m.getAttribute(name));
              const dot = m.tagName === 'circle';
              return { phase: card.dataset.phaseId, kind: dot ? 'dot' : 'span', type: m.dataset.type, date: m.dataset.date,
                left: dot ? n('cx') - n('r') : n('x'), right: dot ? n('cx') + n('r') : n('x') + n('width'),
                top: dot ? n('cy') - n('r') : n('y'), bottom: dot ? n('cy') + n('r') : n('y') + n('height') };
            })))
            """);
        return System.Text.Json.JsonSerializer.Deserialize<List<Marker>>(json, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
    }

    [Fact]
    public async Task Board_ImpreciseDates_BarsLabelledWithPeriodDayDotsSpreadNoMarkersOverlap()
    {
        await Assertions.Expect(Card("armenia-azerbaijan-2020").Locator("svg.timeline text.span-label", new LocatorLocatorOptions { HasTextString = "2020 (year)" }).First).ToBeVisibleAsync();
        await Assertions.Expect(Card("armenia-azerbaijan-1994").Locator("svg.timeline rect.span[data-precision='year'][data-date='1994']").First).ToBeAttachedAsync();
        var markers = await MarkersAsync();

        // Known only to the year: a bar over the year (clipped to the scale), not a dot on 1 January.
        var year2020 = markers.Where(m => m.Phase == "armenia-azerbaijan-2020" && m.Date == "2020").ToList();
        Assert.NotEmpty(year2020);
        Assert.All(year2020, m => Assert.Equal("span", m.Kind));
        // The day-dated clashes of 27 September to 1 October spread over the scale instead of crowding at its end.
        var clashes = markers.Where(m => m.Phase == "armenia-azerbaijan-2020" && m.Kind == "dot" && m.Type == "ClashReported").ToList();
        Assert.Equal(5, clashes.Count);
        Assert.True(clashes.Max(m => m.Left) - clashes.Min(m => m.Left) > 140, $"clash dots span {clashes.Max(m => m.Left) - clashes.Min(m => m.Left):0.0} of 280 units");
        // No two markers of a card overlap (same-date events share one marker with a count).
        var overlapping = markers.SelectMany((m, i) => markers.Skip(i + 1).Where(m.Overlaps).Select(o => $"{m.Phase}: {m.Type} {m.Date} and {o.Type} {o.Date}")).ToList();
        Assert.Empty(overlapping);
        await Assertions.Expect(Card("armenia-azerbaijan-2020").Locator("circle.dot[data-type='MediationOffered'][data-count='4']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Board_ArticlePosted_CardChangesLiveWithoutReload()
    {
        await Assertions.Expect(_page.Locator("#live")).ToHaveAttributeAsync("data-state", "open");
        await _page.EvaluateAsync("() => { window.__sameDocument = true; }");
        using (var post = await _server.Client.SendAsync(_server.PostArticle(TestArticles.Agreement2022))) Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        await Assertions.Expect(Card("armenia-azerbaijan-2022").Locator(".status")).ToHaveTextAsync("CeasefireAgreed");
        Assert.True(await _page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was reloaded");
    }

    [Fact]
    public async Task Board_KnownAt20201001_2020PhaseCeasefireCalledAndNoLaterPhase()
    {
        await _page.Locator("#known-at").FillAsync("2020-10-01");
        await Assertions.Expect(_page.Locator("#board")).ToHaveAttributeAsync("data-known-at", "2020-10-01");
        await Assertions.Expect(Card("armenia-azerbaijan-2020").Locator(".status")).ToHaveTextAsync("CeasefireCalled");
        await Assertions.Expect(Card("armenia-azerbaijan-2022")).ToHaveCountAsync(0);
        await Assertions.Expect(Card("armenia-azerbaijan-2023")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Board_ArticleTextWithMarkup_ShownAsTextNotRun()
    {
        using (var post = await _server.Client.SendAsync(_server.PostArticle(TestArticles.WithMarkup))) Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var evidence = _page.Locator(".card .evidence", new PageLocatorOptions { HasTextString = "<script>window.__xss=1</script>" });
        await Assertions.Expect(evidence).ToContainTextAsync(TestArticles.Markup);
        Assert.Equal(0, await _page.Locator("#board script, #board img").CountAsync());
        Assert.True(await _page.EvaluateAsync<bool>("() => window.__xss === undefined"), "markup from an article ran in the page");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("board-markup.png"), FullPage = true });
    }
}
