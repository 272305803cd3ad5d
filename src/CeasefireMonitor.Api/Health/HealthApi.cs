using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CeasefireMonitor.Api.Health;

/// <summary>/health/live (the process answers) and /health/ready (the store and, when configured, the broker answer). Both open: they reveal no data.</summary>
public static class HealthApi
{
    public static WebApplication MapHealthApi(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteStatusesAsync });
        return app;
    }

    // {"status":"Unhealthy","checks":{"store":"Healthy","broker":"Unhealthy"}}: says which dependency is down, without addresses or messages.
    private static Task WriteStatusesAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString());
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), checks }));
    }
}
