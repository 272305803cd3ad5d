using Microsoft.Extensions.Configuration;

namespace CeasefireMonitor.Cli.Hosting;

/// <summary>Configuration: appsettings.json beside the program, then environment variables prefixed CEASEFIRE_ (e.g. CEASEFIRE_STORE).</summary>
public static class Settings
{
    public static IConfiguration Load() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("CEASEFIRE_")
            .Build();
}
