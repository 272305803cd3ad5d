using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Cli.Hosting;
using Spectre.Console;

namespace CeasefireMonitor.Cli.Commands;

/// <summary>
/// Ingests items one by one, reports each, and brings the projections up to date at the end. A store server that
/// stops answering is waited out (<see cref="StoreRetry"/>); if it stays away, what was done is reported and the
/// command ends with exit code 3: nothing is half-written, and running it again finishes the work.
/// </summary>
public static class IngestLoop
{
    public static async Task<int> RunAsync(Hosting.Monitor monitor, IReadOnlyList<SourceItem> items, bool quiet, CancellationToken ct)
    {
        var outcomes = new List<IngestOutcome>();
        var outbox = await monitor.OutboxAsync(ct);
        try
        {
            if (AnsiConsole.Profile.Capabilities.Interactive && items.Count > 1 && !quiet)
                await AnsiConsole.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask("Ingesting articles", maxValue: items.Count);
                    foreach (var item in items)
                    {
                        outcomes.Add(await IngestAsync(monitor, outbox, item, ct));
                        task.Increment(1);
                    }
                });
            else
                foreach (var item in items)
                    outcomes.Add(await IngestAsync(monitor, outbox, item, ct));
            await monitor.Retry.RunAsync("catching the projections up", () => monitor.Projections.CatchUpAsync(ct), ct);
            await monitor.Retry.RunAsync("publishing notifications", () => outbox.FlushAsync(ct, force: true), ct);
        }
        catch (Exception ex) when (StoreFailures.IsUnavailable(ex))
        {
            foreach (var outcome in outcomes) Report(outcome, quiet);
            var next = outcomes.Count < items.Count ? $" at {items[outcomes.Count].Name}" : " after the last article";
            Console.Error.WriteLine($"error: the store {monitor.Store.Description} stopped answering{next} ({ex.Message}); {outcomes.Count} of {items.Count} done. Run the command again to finish: what is stored is skipped.");
            return ExitCodes.StoreUnavailable;
        }
        if (outbox.LastError is { } error) Console.Error.WriteLine($"warning: notifications pending, they go out on the next run: {error}");
        foreach (var outcome in outcomes) Report(outcome, quiet);
        return outcomes.Any(o => o.Status == IngestStatus.Rejected) ? ExitCodes.InputRejected : ExitCodes.Ok;
    }

    // An article's ingestion and the flush after it are idempotent, so a store failure in either retries both.
    private static Task<IngestOutcome> IngestAsync(Hosting.Monitor monitor, Messaging.Dispatch.NotificationOutbox outbox, SourceItem item, CancellationToken ct) =>
        monitor.Retry.RunAsync($"ingesting {item.Name}", async () =>
        {
            var outcome = item.Input is { } input ? await monitor.Ingestion.IngestAsync(input, ct) : await monitor.Ingestion.RejectAsync(item, ct);
            await outbox.FlushAsync(ct);
            return outcome;
        }, ct);

    private static void Report(IngestOutcome outcome, bool quiet)
    {
        switch (outcome.Status)
        {
            case IngestStatus.Rejected:
                Console.Error.WriteLine($"error: {outcome.Input}: {outcome.Reason}");
                break;
            case IngestStatus.AlreadyIngested when !quiet:
                Console.WriteLine($"{outcome.Input}: already ingested as {outcome.ArticleId}, nothing appended");
                break;
            case IngestStatus.Ingested when !quiet:
                Console.WriteLine($"{outcome.Input}: ingested as {outcome.ArticleId}, {outcome.EventCount} events");
                break;
        }
    }
}
