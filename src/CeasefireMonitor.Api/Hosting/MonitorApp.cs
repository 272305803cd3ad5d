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
    /// <param name="overrides">Settings that win over appsettings.json and the environment (the tests' store path and key).</param>
    public static async Task<WebApplication> BuildAsync(string[] args, IReadOnlyDictionary<string, string?>? overrides = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        // CEASEFIRE_STORE, CEASEFIRE_BUS and CEASEFIRE_API_KEY, like the CLI's settings.
        builder.Configuration.AddEnvironmentVariables("CEASEFIRE_");
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        var configuration = builder.Configuration;

        var logger = new LoggerConfiguration().ReadFrom.Configuration(configuration).Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();
        builder.Services.AddSerilog(logger, dispose: true);

        var monitor = await ApiMonitor.OpenAsync(configuration["Store"], BusAddress.Parse(configuration["Bus"]), logger, ct);
        builder.Services.AddSingleton(_ => monitor);
        builder.Services.AddSingleton(ApiKey.From(configuration));
        builder.Services.AddSingleton<MonitorMetrics>();
        builder.Services.AddSingleton<ArticleIntake>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: ["ready"])
            .AddCheck<BrokerHealthCheck>("broker", tags: ["ready"]);
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(MonitorMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSerilogRequestLogging();
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
