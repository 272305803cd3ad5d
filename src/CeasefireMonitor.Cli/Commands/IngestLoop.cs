using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Cli.Hosting;
using Spectre.Console;

namespace CeasefireMonitor.Cli.Commands;

/// <summary>Ingests items one by one, reports each, and brings the projections up to date at the end.</summary>
public static class IngestLoop
{
    public static async Task<int> RunAsync(Hosting.Monitor monitor, IReadOnlyList<SourceItem> items, bool quiet, CancellationToken ct)
    {
        var outcomes = new List<IngestOutcome>();
        var outbox = await monitor.OutboxAsync(ct);
        if (AnsiConsole.Profile.Capabilities.Interactive && items.Count > 1 && !quiet)
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Ingesting articles", maxValue: items.Count);
                foreach (var item in items)
                {
                    outcomes.Add(await IngestAsync(monitor, item, ct));
                    await outbox.FlushAsync(ct);
                    task.Increment(1);
                }
            });
        else
            foreach (var item in items)
            {
                outcomes.Add(await IngestAsync(monitor, item, ct));
                await outbox.FlushAsync(ct);
            }
        await monitor.Projections.CatchUpAsync(ct);
        await outbox.FlushAsync(ct, force: true);
        if (outbox.LastError is { } error) Console.Error.WriteLine($"warning: notifications pending, they go out on the next run: {error}");
        foreach (var outcome in outcomes) Report(outcome, quiet);
        return outcomes.Any(o => o.Status == IngestStatus.Rejected) ? ExitCodes.InputRejected : ExitCodes.Ok;
    }

    private static Task<IngestOutcome> IngestAsync(Hosting.Monitor monitor, SourceItem item, CancellationToken ct) =>
        item.Input is { } input ? monitor.Ingestion.IngestAsync(input, ct) : monitor.Ingestion.RejectAsync(item, ct);

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
