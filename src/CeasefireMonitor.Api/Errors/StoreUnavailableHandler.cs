using CeasefireMonitor.Api.Hosting;
using CeasefireMonitor.Application.Storage;
using Microsoft.AspNetCore.Diagnostics;

namespace CeasefireMonitor.Api.Errors;

/// <summary>A store server that stopped answering is a 503 with Retry-After, not a 500: the request was fine and may be sent again.</summary>
public sealed class StoreUnavailableHandler(ApiMonitor monitor, IProblemDetailsService problems, Serilog.ILogger log) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!StoreFailures.IsUnavailable(exception)) return false;
        log.Warning("The store {Store} did not answer {Method} {Path}: {Reason}", monitor.Store.Description, context.Request.Method, context.Request.Path.Value, exception.Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "The store is unavailable", Detail = $"The event store did not answer; try again in {RetryAfterSeconds} s." },
        });
    }
}
