using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Benchmarks.Corpus;
using CeasefireMonitor.Domain.Conflicts;
using CeasefireMonitor.Extraction;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Benchmarks.Stores;

/// <summary>Events as ingestion stores them (real phase events, serialised), to append again under fresh ids.</summary>
public sealed class EventPayloads
{
    private readonly List<EventData> _payloads;
    private int _next;

    private EventPayloads(List<EventData> payloads) => _payloads = payloads;

    public static EventPayloads FromCorpus(int articles = 50)
    {
        var extractor = ArticleExtractor.CreateDefault();
        var payloads = new List<EventData>();
        foreach (var article in SyntheticCorpus.Stream(articles))
        {
            var facts = extractor.Extract(article.ToArticleText());
            foreach (var conflict in facts.GroupBy(f => f.Report.Sides.ConflictId))
            {
                foreach (var e in ConflictDecider.Decide(ConflictState.Initial(conflict.Key), [.. conflict]))
                    payloads.Add(EventSerializer.ToEventData(e, Guid.NewGuid(), new EventMetadata(article.Name)));
            }
        }
        return payloads.Count > 0 ? new EventPayloads(payloads) : throw new InvalidOperationException("The corpus gave no events to append.");
    }

    public double AverageBytes => _payloads.Average(p => p.Data.Length + (p.Metadata?.Length ?? 0));

    /// <summary>The next payload under a new id, so every append is a new event.</summary>
    public EventData Next() => _payloads[_next++ % _payloads.Count] with { EventId = Guid.NewGuid() };

    public List<EventData> Next(int count) => [.. Enumerable.Range(0, count).Select(_ => Next())];
}
