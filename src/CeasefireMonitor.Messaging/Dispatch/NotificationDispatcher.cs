using System.Text.Json;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Store.Port;
using MassTransit;
using Serilog;
using Recorded = CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Messaging.Dispatch;

/// <summary>
/// The event log is the outbox: publishes every recorded PhaseOpened and PhaseStatusChanged after the dispatcher's
/// checkpoint, and moves the checkpoint only once the broker confirmed the batch. Within a batch each phase's
/// notifications go out one after another, so they arrive in order per phase.
/// </summary>
public sealed class NotificationDispatcher(MonitorStore store, IPublishEndpoint bus, ILogger log, TimeSpan? publishTimeout = null)
{
    public const string CheckpointName = "notifications";
    private const int BatchSize = 512;
    private readonly TimeSpan _publishTimeout = publishTimeout ?? TimeSpan.FromSeconds(15);

    /// <summary>Publishes the backlog; returns how many notifications went out. Throws <see cref="BrokerUnavailableException"/> when the broker does not confirm, leaving the rest for later.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken ct = default)
    {
        var checkpoint = await store.ReadModels.GetCheckpointAsync(CheckpointName, ct);
        var phases = (await store.ReadModels.LoadAllAsync(CheckpointName, ct)).ToDictionary(d => d.Key, d => JsonSerializer.Deserialize<PhaseInfo>(d.Json, EventJson.Options)!);
        var sent = 0;
        while (true)
        {
            var page = new List<RecordedEvent>(BatchSize);
            await foreach (var recorded in store.Events.ReadAllAsync(checkpoint, BatchSize, ct)) page.Add(recorded);
            if (page.Count == 0) return sent;
            var (messages, changed) = Map(page, phases);
            await PublishAsync(messages, ct);
            var changes = changed.Select(id => new DocumentChange(id, JsonSerializer.Serialize(phases[id], EventJson.Options))).ToList();
            await store.ReadModels.CommitAsync(CheckpointName, changes, checkpoint, page[^1].Position, ct);
            checkpoint = page[^1].Position;
            sent += messages.Count;
            if (messages.Count > 0) log.Information("Published {Count} notifications up to position {Position}", messages.Count, checkpoint);
        }
    }

    private static (List<(string PhaseId, Guid Id, object Message)> Messages, HashSet<string> Changed) Map(List<RecordedEvent> page, Dictionary<string, PhaseInfo> phases)
    {
        var messages = new List<(string, Guid, object)>();
        var changed = new HashSet<string>();
        foreach (var recorded in page)
        {
            switch (EventSerializer.Deserialize(recorded))
            {
                case Recorded.PhaseOpened opened:
                    phases[opened.PhaseId] = new PhaseInfo(opened.Sides.Name, opened.StartedOn.ToString());
                    changed.Add(opened.PhaseId);
                    var openedMessage = NotificationMapper.ToContract(opened, recorded.Created);
                    messages.Add((opened.PhaseId, openedMessage.MessageId, openedMessage));
                    break;
                case Recorded.PhaseStartRevised revised when phases.TryGetValue(revised.PhaseId, out var info):
                    phases[revised.PhaseId] = info with { StartedOn = revised.StartedOn.ToString() };
                    changed.Add(revised.PhaseId);
                    break;
                case Recorded.PhaseStatusChanged change:
                    var phase = phases.GetValueOrDefault(change.PhaseId) ?? new PhaseInfo(change.ConflictId, "");
                    var message = NotificationMapper.ToContract(change, phase, recorded.Created);
                    messages.Add((change.PhaseId, message.MessageId, message));
                    break;
            }
        }
        return (messages, changed);
    }

    private async Task PublishAsync(List<(string PhaseId, Guid Id, object Message)> messages, CancellationToken ct)
    {
        if (messages.Count == 0) return;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_publishTimeout);
        try
        {
            await Task.WhenAll(messages.GroupBy(m => m.PhaseId).Select(async phase =>
            {
                foreach (var (_, id, message) in phase)
                    await bus.Publish(message, message.GetType(), ctx => ctx.MessageId = id, timeout.Token);
            }));
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is OperationCanceledException or MassTransitException or RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException)
        {
            throw new BrokerUnavailableException($"the broker did not confirm {messages.Count} notifications ({ex.GetType().Name}: {ex.Message}); they stay pending", ex);
        }
    }
}

public sealed class BrokerUnavailableException(string message, Exception inner) : Exception(message, inner);
