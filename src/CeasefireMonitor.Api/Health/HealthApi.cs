using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CeasefireMonitor.Api.Health;

/// <summary>/health/live (the process answers) and /health/ready (the store and, when configured, the broker answer). Both open: they reveal no data.</summary>
public static class HealthApi
{
    public static WebApplication MapHealthApi(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
