using Microsoft.Playwright;

namespace CeasefireMonitor.Api.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright; no browser is ever downloaded (deploy/services.sh installs the package).</summary>
public sealed class Browser : IAsyncDisposable
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    public IBrowser Chromium { get; }

    private Browser(IPlaywright playwright, IBrowser chromium) => (_playwright, Chromium) = (playwright, chromium);

    public static async Task<Browser> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"No Chromium at {ExecutablePath}: run deploy/services.sh start (it installs Debian's chromium) or set CHROMIUM_PATH");
        var playwright = await Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu"],
        });
        return new Browser(playwright, chromium);
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        _playwright.Dispose();
    }
}
