using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Formatting.Compact;

namespace CeasefireMonitor.Cli.Hosting;

/// <summary>Serilog for humans on stderr (stdout is the command's own output) and a rolling compact-JSON file.</summary>
public static class Logging
{
    public static Serilog.Core.Logger Create(IConfiguration configuration)
    {
        var file = configuration["Logging:File"] ?? "logs/ceasefire-.clef";
        return new LoggerConfiguration()
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(
                restrictedToMinimumLevel: Level(configuration["Logging:ConsoleLevel"], Serilog.Events.LogEventLevel.Warning),
                standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(new CompactJsonFormatter(), file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14,
                restrictedToMinimumLevel: Level(configuration["Logging:FileLevel"], Serilog.Events.LogEventLevel.Information))
            .CreateLogger();
    }

    private static Serilog.Events.LogEventLevel Level(string? value, Serilog.Events.LogEventLevel fallback) =>
        Enum.TryParse<Serilog.Events.LogEventLevel>(value, ignoreCase: true, out var level) ? level : fallback;
}
