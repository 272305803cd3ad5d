using System.Text.Json;
using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Projections.CasualtyTallies;
using CeasefireMonitor.Application.Projections.PhaseStatuses;
using CeasefireMonitor.Application.Projections.Timeline;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Queries;

/// <summary>Reads the projections, or folds the log for "what was known on a given day".</summary>
public sealed class PhaseQueries(MonitorStore store)
{
    public async Task<IReadOnlyList<PhaseView>> CurrentAsync(CancellationToken ct = default)
    {
        var documents = await store.ReadModels.LoadAllAsync(PhaseStatusProjection.ProjectionName, ct);
        return Order(documents.Select(d => JsonSerializer.Deserialize<PhaseStatusDocument>(d.Json, EventJson.Options)!));
    }

    /// <summary>The status of every phase folded only from events published on or before the date.</summary>
    public async Task<IReadOnlyList<PhaseView>> KnownAtAsync(DateOnly knownAt, CancellationToken ct = default)
    {
        var documents = new Dictionary<string, PhaseStatusDocument>();
        await foreach (var recorded in store.Events.ReadAllAsync(ct: ct))
        {
            if (EventSerializer.Deserialize(recorded) is not IPhaseEvent e || PublishedOn.Of(e) > knownAt) continue;
            documents[e.PhaseId] = PhaseStatusProjection.Apply(documents.GetValueOrDefault(e.PhaseId), e, new LogPosition(recorded.Position, recorded.Created));
        }
        return Order(documents.Values);
    }

    public async Task<TimelineDocument?> TimelineAsync(string phaseId, CancellationToken ct = default) =>
        await LoadAsync<TimelineDocument>(TimelineProjection.ProjectionName, phaseId, ct);

    public async Task<CasualtyTally?> CasualtiesAsync(string phaseId, CancellationToken ct = default) =>
        await LoadAsync<CasualtyTally>(CasualtyProjection.ProjectionName, phaseId, ct);

    private async Task<T?> LoadAsync<T>(string projection, string key, CancellationToken ct) where T : class =>
        await store.ReadModels.LoadAsync(projection, key, ct) is { } json ? JsonSerializer.Deserialize<T>(json, EventJson.Options) : null;

    private static IReadOnlyList<PhaseView> Order(IEnumerable<PhaseStatusDocument> documents) =>
        [.. documents.Where(d => d.State.Status is not null).OrderBy(d => d.ConflictName, StringComparer.Ordinal).ThenBy(d => d.State.StartedOn).Select(PhaseView.From)];
}
