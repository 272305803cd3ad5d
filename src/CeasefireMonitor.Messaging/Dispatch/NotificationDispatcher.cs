using System.Text.Json;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Store.Port;
using MassTransit;
using Serilog;

namespace CeasefireMonitor.Messaging.Dispatch;

/// <summary>
/// The event log is the outbox: publishes every recorded PhaseOpened and PhaseStatusChanged after the dispatcher's
/// checkpoint, and moves the checkpoint only once the broker confirmed the whole page. Phases go out side by side;
/// within a phase, runs of messages are handed to the bus in order and their confirms awaited together.
/// </summary>
public sealed class NotificationDispatcher(MonitorStore store, IPublishEndpoint bus, ILogger log, TimeSpan? publishTimeout = null)
{
    public const string CheckpointName = "notifications";
    private const int PageSize = 2048;
    // Confirms awaited together per phase: enough to keep the channel busy, few enough to resend little after a failure.
    private const int InFlightPerPhase = 256;
    private readonly TimeSpan _publishTimeout = publishTimeout ?? TimeSpan.FromSeconds(15);

    /// <summary>Publishes the backlog if this instance wins the notifications lease (else 0: the holder publishes it); returns how many went out. Throws <see cref="BrokerUnavailableException"/> when the broker does not confirm, leaving the rest for later.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken ct = default)
    {
        await using var lease = await store.Leases.TryAcquireAsync(CheckpointName, ct);
        try
        {
            if (lease is not null) return await DispatchPendingAsync(lease, ct);
        }
        catch (LeaseLostException e)
        {
            log.Warning("Lost the {Lease} lease while publishing: {Reason}", CheckpointName, e.Message);
        }
        log.Debug("Another instance holds the {Lease} lease; it publishes the backlog", CheckpointName);
        return 0;
    }

    /// <summary>Publishes the backlog under a lease the caller holds (a long-running worker keeps it between runs); throws <see cref="LeaseLostException"/> as soon as the lease is lost.</summary>
    public async Task<int> DispatchPendingAsync(IWorkerLease lease, CancellationToken ct = default)
    {
        if (lease.Name != CheckpointName) throw new ArgumentException($"expected the '{CheckpointName}' lease, got '{lease.Name}'", nameof(lease));
        using var underLease = CancellationTokenSource.CreateLinkedTokenSource(ct, lease.Lost);
        try
        {
            return await DispatchUnderLeaseAsync(underLease.Token);
        }
        catch (Exception e) when (lease.Lost.IsCancellationRequested && !ct.IsCancellationRequested && e is OperationCanceledException or BrokerUnavailableException)
        {
            throw new LeaseLostException(lease.Name);
        }
    }

    private async Task<int> DispatchUnderLeaseAsync(CancellationToken ct)
    {
        var checkpoint = await store.ReadModels.GetCheckpointAsync(CheckpointName, ct);
        var phases = (await store.ReadModels.LoadAllAsync(CheckpointName, ct)).ToDictionary(d => d.Key, d => JsonSerializer.Deserialize<PhaseInfo>(d.Json, EventJson.Options)!);
        var mapper = new NotificationMapper(phases);
        var sent = 0;
        while (true)
        {
            var page = new List<RecordedEvent>(PageSize);
            await foreach (var recorded in store.Events.ReadAllAsync(checkpoint, PageSize, ct)) page.Add(recorded);
            if (page.Count == 0) return sent;
            var messages = page.Select(mapper.Map).OfType<Notification>().ToList();
            await PublishAsync(messages, ct);
            var changes = mapper.TakeChangedPhases().Select(id => new DocumentChange(id, JsonSerializer.Serialize(phases[id], EventJson.Options))).ToList();
            await store.ReadModels.CommitAsync(CheckpointName, changes, checkpoint, page[^1].Position, ct);
            checkpoint = page[^1].Position;
            sent += messages.Count;
            if (messages.Count > 0) log.Information("Published {Count} notifications up to position {Position}", messages.Count, checkpoint);
        }
    }

    private async Task PublishAsync(List<Notification> messages, CancellationToken ct)
    {
        if (messages.Count == 0) return;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_publishTimeout);
        try
        {
            await Task.WhenAll(messages.GroupBy(m => m.PhaseId).Select(phase => PublishPhaseAsync(phase, timeout.Token)));
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is OperationCanceledException or MassTransitException or RabbitMQ.Client.Exceptions.BrokerUnreachableException or RabbitMQ.Client.Exceptions.AlreadyClosedException or IOException)
        {
            throw new BrokerUnavailableException($"the broker did not confirm {messages.Count} notifications ({ex.GetType().Name}: {ex.Message}); they stay pending", ex);
        }
    }

    // A run never mixes message types (each has its own exchange and channel). Its first message is confirmed alone:
    // until then the exchange's send path is still being set up, and a second message could overtake it.
    private async Task PublishPhaseAsync(IEnumerable<Notification> phase, CancellationToken ct)
    {
        var run = new List<Task>(InFlightPerPhase);
        Type? runType = null;
        foreach (var notification in phase)
        {
            if (run.Count == InFlightPerPhase || (runType is not null && runType != notification.Message.GetType()))
            {
                await Task.WhenAll(run);
                run.Clear();
            }
            runType = notification.Message.GetType();
            var published = bus.Publish(notification.Message, runType, c => c.MessageId = notification.MessageId, ct);
            if (run.Count == 0) await published;
            run.Add(published);
        }
        await Task.WhenAll(run);
    }
}

public sealed class BrokerUnavailableException(string message, Exception inner) : Exception(message, inner);
