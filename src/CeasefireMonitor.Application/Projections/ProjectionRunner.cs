using System.Text.Json;
using CeasefireMonitor.Application.Projections.CasualtyTallies;
using CeasefireMonitor.Application.Projections.PhaseStatuses;
using CeasefireMonitor.Application.Projections.Timeline;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Store.Port;
using Serilog;

namespace CeasefireMonitor.Application.Projections;

/// <summary>
/// Catches every projection up with the log, page by page. Each projection commits its changed documents with its
/// own checkpoint in one transaction, so a crash between pages never applies an event twice.
/// </summary>
/// <param name="commitEvery">Events read between commits of a long catch-up (tests lower it to commit and drop documents often).</param>
public sealed class ProjectionRunner(MonitorStore store, ILogger log, int commitEvery = ProjectionRunner.DefaultCommitEvery)
{
    public const string LeaseName = "projections";
    private const int PageSize = 1_000;
    private static readonly TimeSpan LeaseRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RebuildLeaseWait = TimeSpan.FromSeconds(30);

    // Documents are serialised and committed once per this many events read (and at the end), not once per page:
    // a phase's timeline, which holds every source sentence, is then written a few times per rebuild instead of once per page.
    public const int DefaultCommitEvery = 50_000;
    private readonly int _commitEvery = commitEvery > 0 ? commitEvery : throw new ArgumentOutOfRangeException(nameof(commitEvery), commitEvery, "must be positive");

    public static IReadOnlyList<IProjection> All { get; } = [new PhaseStatusProjection(), new TimelineProjection(), new CasualtyProjection()];

    /// <summary>Catches up if this instance wins the projections lease; otherwise leaves the work to the holder and returns the stored checkpoint.</summary>
    public async Task<long> CatchUpAsync(CancellationToken ct = default)
    {
        await using var lease = await store.Leases.TryAcquireAsync(LeaseName, ct);
        try
        {
            if (lease is not null) return await CatchUpAsync(lease, ct);
        }
        catch (LeaseLostException e)
        {
            log.Warning("Lost the {Lease} lease during a catch-up: {Reason}", LeaseName, e.Message);
        }
        log.Debug("Another instance holds the {Lease} lease; it brings the read models up to date", LeaseName);
        return await LowestCheckpointAsync(ct);
    }

    /// <summary>Catches up under a lease the caller holds (a long-running worker keeps it between runs); throws <see cref="LeaseLostException"/> as soon as the lease is lost.</summary>
    public Task<long> CatchUpAsync(IWorkerLease lease, CancellationToken ct = default) => CatchUpAsync(lease, rebuild: false, ct);

    private async Task<long> CatchUpAsync(IWorkerLease lease, bool rebuild, CancellationToken ct)
    {
        if (lease.Name != LeaseName) throw new ArgumentException($"expected the '{LeaseName}' lease, got '{lease.Name}'", nameof(lease));
        using var underLease = CancellationTokenSource.CreateLinkedTokenSource(ct, lease.Lost);
        try
        {
            return await CatchUpUnderLeaseAsync(rebuild, underLease.Token);
        }
        catch (OperationCanceledException) when (lease.Lost.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new LeaseLostException(lease.Name);
        }
    }

    // A rebuild applies the log from position 0 and replaces each read model at its first commit.
    private async Task<long> CatchUpUnderLeaseAsync(bool rebuild, CancellationToken ct)
    {
        var states = new List<ProjectionState>();
        foreach (var projection in All)
        {
            var stored = await store.ReadModels.GetCheckpointAsync(projection.Name, ct);
            states.Add(rebuild ? new ProjectionState(projection, 0) { Replaces = stored } : new ProjectionState(projection, stored));
        }
        var position = states.Min(s => s.Checkpoint);
        var applied = 0L;
        var readSinceCommit = 0;
        var handled = new HandledTypes(All);
        // Taken before reading: the filtered read returns no skipped event, so checkpoints advance to here at the end.
        var logEnd = await store.Events.GetLastPositionAsync(ct);
        await foreach (var page in LogReadAhead.ReadAsync(store.Events, position, logEnd, PageSize, handled, ct))
        {
            position = page.UpTo;
            if (page.Events.Count == 0) continue;
            foreach (var state in states)
                applied += await ApplyPageAsync(state, page.Events, ct);
            readSinceCommit += page.Events.Count;
            if (readSinceCommit < _commitEvery) continue;
            await CommitAsync(states, ct);
            readSinceCommit = 0;
        }
        position = Math.Max(position, logEnd);
        foreach (var state in states) state.AppliedUpTo = Math.Max(state.AppliedUpTo, logEnd);
        await CommitAsync(states, ct);
        if (applied > 0) log.Debug("Projections applied {Count} events up to {Position}", applied, position);
        return position;
    }

    /// <summary>
    /// Derives every read model again from the whole log; each replaces the old one, documents and checkpoint, in one
    /// transaction, so a rebuild that stops early leaves each read model as it was or rebuilt, consistent with its checkpoint.
    /// </summary>
    public async Task<long> RebuildAsync(CancellationToken ct = default)
    {
        await using var lease = await WaitForLeaseAsync(ct);
        var position = await CatchUpAsync(lease, rebuild: true, ct);
        log.Information("Rebuilt {Count} projections up to position {Position}", All.Count, position);
        return position;
    }

    // A rebuild must not race a worker's catch-up, so it waits for the lease rather than skipping.
    private async Task<IWorkerLease> WaitForLeaseAsync(CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + RebuildLeaseWait;
        while (true)
        {
            if (await store.Leases.TryAcquireAsync(LeaseName, ct) is { } lease) return lease;
            if (DateTimeOffset.UtcNow > deadline)
                throw new LeaseUnavailableException($"another instance has held the '{LeaseName}' lease for {RebuildLeaseWait.TotalSeconds:0} s; stop its `ceasefire work` and rebuild again");
            await Task.Delay(LeaseRetry, ct);
        }
    }

    private async Task<long> LowestCheckpointAsync(CancellationToken ct)
    {
        var lowest = long.MaxValue;
        foreach (var projection in All) lowest = Math.Min(lowest, await store.ReadModels.GetCheckpointAsync(projection.Name, ct));
        return lowest;
    }

    private async Task<int> ApplyPageAsync(ProjectionState state, List<(LogPosition At, object? Event)> page, CancellationToken ct)
    {
        var last = page[^1].At.Position;
        if (last <= state.AppliedUpTo) return 0;
        var applied = 0;
        foreach (var (at, e) in page)
        {
            if (at.Position <= state.AppliedUpTo || e is null || state.Projection.KeyOf(e) is not { } key) continue;
            // Documents held in memory are taken without an await and the task it would allocate; a rebuild loads only those it dropped.
            var document = state.Documents.TryGetValue(key, out var cached) || (state.StartedEmpty && !state.Dropped.Contains(key)) ? cached : await LoadAsync(state, key, ct);
            state.Documents[key] = state.Projection.Apply(document, e, at);
            state.Changed.Add(key);
            applied++;
        }
        state.AppliedUpTo = last;
        return applied;
    }

    private async Task CommitAsync(List<ProjectionState> states, CancellationToken ct)
    {
        foreach (var state in states.Where(s => s.AppliedUpTo > s.Checkpoint || s.Replaces is not null))
        {
            var changes = new SerializedChanges(state.Projection, state.Changed, state.Documents);
            if (state.Replaces is { } replaced) await store.ReadModels.ReplaceAsync(state.Projection.Name, changes, replaced, state.AppliedUpTo, ct);
            else await store.ReadModels.CommitAsync(state.Projection.Name, changes, state.Checkpoint, state.AppliedUpTo, ct);
            state.Replaces = null;
            state.Checkpoint = state.AppliedUpTo;
            DropIdle(state);
            state.Changed.Clear();
        }
    }

    // Once written, documents no event changed since the commit before are dropped: a long catch-up then holds the phases
    // still being reported on, not every phase of the log (a later event loads its document back).
    private static void DropIdle(ProjectionState state)
    {
        if (state.Changed.Count == state.Documents.Count) return;
        List<string> idle = [.. state.Documents.Keys.Where(key => !state.Changed.Contains(key))];
        foreach (var key in idle)
        {
            state.Documents.Remove(key);
            state.Dropped.Add(key);
        }
    }

    // A projection at checkpoint 0 (a rebuild) comes here only for a document it wrote and dropped during this catch-up.
    private async Task<object?> LoadAsync(ProjectionState state, string key, CancellationToken ct)
    {
        var json = await store.ReadModels.LoadAsync(state.Projection.Name, key, ct);
        return json is null ? null : JsonSerializer.Deserialize(json, state.Projection.DocumentType, EventJson.Options);
    }

    private sealed class ProjectionState(IProjection projection, long checkpoint)
    {
        public IProjection Projection { get; } = projection;

        /// <summary>The position committed with the read model.</summary>
        public long Checkpoint { get; set; } = checkpoint;

        /// <summary>The position applied to the documents in memory, committed at the next commit.</summary>
        public long AppliedUpTo { get; set; } = checkpoint;

        public bool StartedEmpty { get; } = checkpoint == 0;

        /// <summary>In a rebuild until its first commit: the stored checkpoint of the read model that commit replaces.</summary>
        public long? Replaces { get; set; }

        public Dictionary<string, object> Documents { get; } = [];

        public HashSet<string> Changed { get; } = [];

        /// <summary>Keys written and then dropped from memory during this catch-up, so loaded again even in a rebuild.</summary>
        public HashSet<string> Dropped { get; } = [];
    }
}

public sealed class LeaseUnavailableException(string message) : Exception(message);
