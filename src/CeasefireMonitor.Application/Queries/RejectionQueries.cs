using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Queries;

public sealed class RejectionQueries(MonitorStore store)
{
    public async Task<IReadOnlyList<ArticleRejected>> AllAsync(CancellationToken ct = default)
    {
        var rejected = new List<ArticleRejected>();
        await foreach (var recorded in store.Events.ReadStreamAsync(StreamNames.Rejections, ct: ct))
            if (EventSerializer.Deserialize(recorded) is ArticleRejected r) rejected.Add(r);
        return rejected;
    }
}
