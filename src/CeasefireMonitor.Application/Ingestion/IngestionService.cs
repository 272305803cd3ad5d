using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Domain.Conflicts;
using CeasefireMonitor.Domain.Events;
using CeasefireMonitor.Extraction;
using CeasefireMonitor.Store.Port;
using Serilog;

namespace CeasefireMonitor.Application.Ingestion;

/// <summary>
/// Validates an article, extracts its facts, appends them to their conflicts' streams and finally records the
/// article itself. The article event is written last, so an interrupted ingestion is completed by the next try.
/// </summary>
public sealed class IngestionService(MonitorStore store, ArticleExtractor extractor, TimeProvider clock, ILogger log)
{
    private const int MaxConcurrencyRetries = 10;
    private readonly Dictionary<string, CachedConflict> _conflicts = [];

    public async Task<IngestOutcome> IngestAsync(ArticleInput input, CancellationToken ct = default)
    {
        var (article, reason) = ArticleValidator.Validate(input, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (article is null) return await RejectAsync(input, reason!, ct);
        if (await ExistsAsync(StreamNames.Article(article.ArticleId), ct))
        {
            log.Information("Article {ArticleId} from {Input} was already ingested", article.ArticleId, input.Name);
            return new IngestOutcome(input.Name, IngestStatus.AlreadyIngested, article.ArticleId);
        }
        var facts = extractor.Extract(new ArticleText(article.ArticleId, article.Text, article.PublishedOn, input.Title, input.DateOrder));
        var appended = 0;
        foreach (var group in facts.GroupBy(f => f.Report.Sides.ConflictId))
            appended += await AppendToConflictAsync(group.Key, article.ArticleId, [.. group], ct);
        var ingested = new ArticleIngested(article.ArticleId, input.Title, input.Source, input.Url, article.PublishedOn, article.Text, ArticleExtractor.Version, appended, clock.GetUtcNow());
        await AppendArticleAsync(ingested, ct);
        log.Information("Ingested {ArticleId} from {Input} with {EventCount} events", article.ArticleId, input.Name, appended);
        return new IngestOutcome(input.Name, IngestStatus.Ingested, article.ArticleId, appended);
    }

    private async Task<int> AppendToConflictAsync(string conflictId, string articleId, IReadOnlyList<ReportedFact> facts, CancellationToken ct)
    {
        var stream = StreamNames.Conflict(conflictId);
        for (var attempt = 1; ; attempt++)
        {
            var (state, revision, alreadyAppended) = await LoadConflictAsync(stream, conflictId, articleId, ct);
            // An earlier, interrupted try appended this article's events: they count, nothing is appended again.
            if (alreadyAppended > 0) return alreadyAppended;
            var decided = ConflictDecider.Decide(state, facts);
            var data = decided.Select((e, i) => EventSerializer.ToEventData(e, EventSerializer.DeterministicId(articleId, conflictId, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), new EventMetadata(articleId))).ToList();
            try
            {
                await store.Events.AppendAsync(stream, revision is { } r ? ExpectedRevision.Exact(r) : ExpectedRevision.NoStream, data, ct);
                return data.Count;
            }
            catch (WrongExpectedRevisionException ex) when (attempt < MaxConcurrencyRetries)
            {
                log.Debug("Conflict {Stream} moved to {Actual} while deciding; retrying", stream, ex.Actual);
            }
        }
    }

    // The conflict's state, caught up from the revision last seen: a writer elsewhere only adds events, so reading
    // on from the cache is the same as folding the whole stream, at the cost of the new events only.
    private async Task<(ConflictState State, long? Revision, int ArticleEvents)> LoadConflictAsync(string stream, string conflictId, string articleId, CancellationToken ct)
    {
        var cached = _conflicts.GetValueOrDefault(stream) ?? new CachedConflict(ConflictState.Initial(conflictId), null, System.Collections.Immutable.ImmutableDictionary<string, int>.Empty);
        var (state, revision, articles) = (cached.State, cached.Revision, cached.Articles);
        await foreach (var recorded in store.Events.ReadStreamAsync(stream, fromRevision: (revision ?? -1) + 1, ct: ct))
        {
            revision = recorded.StreamRevision;
            if (EventSerializer.ReadMetadata(recorded).ArticleId is { } id) articles = articles.SetItem(id, articles.GetValueOrDefault(id) + 1);
            if (EventSerializer.Deserialize(recorded) is IPhaseEvent e) state = state.Evolve(e);
        }
        _conflicts[stream] = new CachedConflict(state, revision, articles);
        return (state, revision, articles.GetValueOrDefault(articleId));
    }

    private sealed record CachedConflict(ConflictState State, long? Revision, System.Collections.Immutable.ImmutableDictionary<string, int> Articles);

    private async Task AppendArticleAsync(ArticleIngested ingested, CancellationToken ct)
    {
        var data = EventSerializer.ToEventData(ingested, EventSerializer.DeterministicId("article", ingested.ArticleId), new EventMetadata(ingested.ArticleId));
        try
        {
            await store.Events.AppendAsync(StreamNames.Article(ingested.ArticleId), ExpectedRevision.NoStream, [data], ct);
        }
        catch (WrongExpectedRevisionException)
        {
            log.Information("Article {ArticleId} was recorded concurrently by another writer", ingested.ArticleId);
        }
    }

    public Task<IngestOutcome> RejectAsync(SourceItem item, CancellationToken ct = default) =>
        RejectAsync(new ArticleInput(item.Name, [], null), item.Error ?? "unreadable", ct);

    private async Task<IngestOutcome> RejectAsync(ArticleInput input, string reason, CancellationToken ct)
    {
        var rejected = new ArticleRejected(input.Name, reason, clock.GetUtcNow());
        var id = EventSerializer.DeterministicId("rejected", input.Name, reason, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(input.Content)));
        await store.Events.AppendAsync(StreamNames.Rejections, ExpectedRevision.Any, [EventSerializer.ToEventData(rejected, id, new EventMetadata(null))], ct);
        log.Information("Rejected {Input}: {Reason}", input.Name, reason);
        return IngestOutcome.Rejected(input.Name, reason);
    }

    private async Task<bool> ExistsAsync(string stream, CancellationToken ct)
    {
        await foreach (var _ in store.Events.ReadStreamAsync(stream, maxCount: 1, ct: ct)) return true;
        return false;
    }
}
