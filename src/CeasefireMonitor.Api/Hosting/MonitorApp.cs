using CeasefireMonitor.Api.Articles;
using CeasefireMonitor.Api.Health;
using CeasefireMonitor.Api.Metrics;
using CeasefireMonitor.Api.Phases;
using CeasefireMonitor.Api.Security;
using CeasefireMonitor.Api.Stream;
using CeasefireMonitor.Messaging.Bus;
using OpenTelemetry.Metrics;
using Serilog;

namespace CeasefireMonitor.Api.Hosting;

/// <summary>Builds the HTTP application: configuration, services, middleware and endpoints.</summary>
public static class MonitorApp
{
    // The Api ships no appsettings.json of its own: run as `ceasefire serve` it reads the CLI's, and two files of one name would collide in its output.
    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["Serilog:MinimumLevel:Default"] = "Information",
        ["Serilog:MinimumLevel:Override:Microsoft"] = "Warning",
        ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Information",
        ["Serilog:MinimumLevel:Override:System"] = "Warning",
    };

    /// <param name="overrides">Settings that win over appsettings.json and the environment (the tests' store path and key, serve's --store and --bus).</param>
    /// <param name="sinks">Where logs go (default: the console); `ceasefire serve` passes the CLI's logger, tests capture events.</param>
    public static async Task<WebApplication> BuildAsync(string[] args, IReadOnlyDictionary<string, string?>? overrides = null,
        Func<LoggerConfiguration, LoggerConfiguration>? sinks = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        // Lowest first: the defaults, appsettings.json beside the program if any; then CEASEFIRE_STORE, CEASEFIRE_BUS and CEASEFIRE_API_KEY, like the CLI's settings.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = Defaults });
        builder.Configuration.AddEnvironmentVariables("CEASEFIRE_");
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        var configuration = builder.Configuration;

        sinks ??= logs => logs.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        var logger = sinks(new LoggerConfiguration().ReadFrom.Configuration(configuration).Enrich.FromLogContext()).CreateLogger();
        builder.Services.AddSerilog(logger, dispose: true);

        var monitor = await ApiMonitor.OpenAsync(configuration["Store"], BusAddress.Parse(configuration["Bus"]), logger, ct);
        builder.Services.AddSingleton(_ => monitor);
        builder.Services.AddSingleton(ApiKey.From(configuration));
        builder.Services.AddSingleton<MonitorMetrics>();
        builder.Services.AddSingleton<ArticleIntake>();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<Serilog.ILogger>(logger);
        builder.Services.AddExceptionHandler<Errors.StoreUnavailableHandler>();
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: ["ready"])
            .AddCheck<BrokerHealthCheck>("broker", tags: ["ready"]);
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(MonitorMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));

        var app = builder.Build();
        // Outermost, so a request is logged with the status its client got (a 503 from the handler below, not the exception's 500).
        // Without a logger named here the middleware writes to the static Log.Logger, which nothing configures.
        app.UseSerilogRequestLogging(options => options.Logger = logger);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        app.MapHealthApi();
        app.MapPrometheusScrapingEndpoint("/metrics");
        var reads = app.MapGroup("/api").WithReadProtection(app.Services.GetRequiredService<ApiKey>());
        reads.MapPhasesApi();
        reads.MapStreamApi();
        app.MapGroup("/api").MapArticlesApi();
        // Resolved now, so the container owns (and disposes) the store even if no request came.
        app.Services.GetRequiredService<ApiMonitor>();
        app.Services.GetRequiredService<MonitorMetrics>();
        return app;
    }
}
