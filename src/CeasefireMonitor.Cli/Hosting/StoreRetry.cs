using System.Globalization;
using Microsoft.Extensions.Configuration;
using Serilog;

namespace CeasefireMonitor.Cli.Hosting;

/// <summary>
/// Rides out a store server that drops connections or restarts: work that is safe to repeat (an article's ingestion,
/// a catch-up, a flush: all idempotent) is tried again with growing pauses until a time budget runs out.
/// </summary>
public sealed class StoreRetry(TimeSpan budget, ILogger log)
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(5);

    /// <summary>The budget from <c>Store:RetrySeconds</c> (environment CEASEFIRE_STORE__RETRYSECONDS), 30 s unless set.</summary>
    public static StoreRetry From(IConfiguration configuration, ILogger log) =>
        new(TimeSpan.FromSeconds(double.TryParse(configuration["Store:RetrySeconds"], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 ? s : 30), log);

    public async Task<T> RunAsync<T>(string what, Func<Task<T>> action, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + budget;
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action();
            }
            catch (Exception ex) when (Application.Storage.StoreFailures.IsUnavailable(ex) && DateTime.UtcNow + pause < deadline)
            {
                log.Warning("The store failed while {What} (attempt {Attempt}: {Reason}); trying again in {Pause}", what, attempt, ex.Message, pause);
                await Task.Delay(pause, ct);
                pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
            }
        }
    }

    public Task RunAsync(string what, Func<Task> action, CancellationToken ct) =>
        RunAsync(what, async () => { await action(); return true; }, ct);
}
