using System.Text.Json;
using CeasefireMonitor.Api.Hosting;
using CeasefireMonitor.Api.Metrics;
using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Serialization;

namespace CeasefireMonitor.Api.Articles;

/// <summary>Ingests one article, brings the projections up to date, sends the notifications and says what was appended.</summary>
public sealed class ArticleIntake(ApiMonitor monitor, MonitorMetrics metrics)
{
    public Task<(IngestOutcome Outcome, IReadOnlyList<ProducedEvent> Events)> IngestAsync(ArticleInput input, CancellationToken ct) =>
        monitor.InTurnAsync(async () =>
        {
            // Writes take turns, so the events after this position are this article's.
            var before = await monitor.Store.Events.GetLastPositionAsync(ct);
            var outcome = await monitor.Ingestion.IngestAsync(input, ct);
            var produced = new List<ProducedEvent>();
            var appended = 0;
            await foreach (var recorded in monitor.Store.Events.ReadAllAsync(before, ct: ct))
            {
                appended++;
                if (outcome.ArticleId is { } id && EventSerializer.ReadMetadata(recorded).ArticleId == id && recorded.StreamId.StartsWith("conflict-", StringComparison.Ordinal))
                    produced.Add(new ProducedEvent(TypeName(recorded.Type), recorded.StreamId, recorded.Position, JsonDocument.Parse(recorded.Data).RootElement.Clone()));
            }
            await monitor.Projections.CatchUpAsync(ct);
            var sent = await monitor.Outbox.FlushAsync(ct);
            metrics.Ingested(outcome.Status, appended, sent);
            return (outcome, (IReadOnlyList<ProducedEvent>)produced);
        }, ct);

    // "V1.ClashReported" is the stored name; clients see the event's name.
    private static string TypeName(string stored) => stored[(stored.IndexOf('.', StringComparison.Ordinal) + 1)..];
}

/// <summary>An event an article produced: its type, stream, position in the log and stored data.</summary>
public sealed record ProducedEvent(string Type, string Stream, long Position, JsonElement Data);

/// <summary>The answer to POST /api/articles; Status is Ingested, or AlreadyIngested with no events for the same text again.</summary>
public sealed record ArticleResponse(string ArticleId, IngestStatus Status, IReadOnlyList<ProducedEvent> Events);
