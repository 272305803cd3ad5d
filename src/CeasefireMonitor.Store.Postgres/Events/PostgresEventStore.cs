using System.Runtime.CompilerServices;
using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Sqlite;
using CeasefireMonitor.Store.Postgres.Database;
using Npgsql;

namespace CeasefireMonitor.Store.Postgres.Events;

/// <summary>
/// The event store on PostgreSQL. Several processes may share the database: appends are serialised by a table lock
/// so positions commit in order, and subscriptions are woken by LISTEN/NOTIFY with polling as fallback.
/// </summary>
public sealed class PostgresEventStore : IEventStore
{
    private readonly NpgsqlDataSource _source;
    private readonly PostgresStoreOptions _options;
    private readonly AppendListener _appended;
    private readonly CancellationTokenSource _disposed = new();

    private PostgresEventStore(NpgsqlDataSource source, PostgresStoreOptions options) =>
        (_source, _options, _appended) = (source, options, new AppendListener(source));

    /// <summary>Opens a postgres:// URL or connection string, creating or migrating the schema.</summary>
    public static Task<PostgresEventStore> OpenAsync(string location, CancellationToken ct = default) =>
        OpenAsync(location, new PostgresStoreOptions(), ct);

    public static async Task<PostgresEventStore> OpenAsync(string location, PostgresStoreOptions options, CancellationToken ct = default) =>
        new(await PostgresDatabase.OpenAsync(location, ct), options);

    public async Task<AppendResult> AppendAsync(string streamId, ExpectedRevision expected, IReadOnlyList<EventData> events, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        EventBatch.Validate(events);
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        await using var connection = await _source.OpenConnectionAsync(ct);
        var result = await PostgresAppender.AppendAsync(connection, streamId, expected, events, _options.Clock.GetUtcNow(), ct);
        if (!result.WasIdempotent && events.Count > 0) _appended.Notify();
        return result;
    }

    public async IAsyncEnumerable<RecordedEvent> ReadStreamAsync(string streamId, Direction direction = Direction.Forwards, long fromRevision = 0, int maxCount = int.MaxValue, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(fromRevision);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        var step = direction == Direction.Forwards ? 1 : -1;
        for (var remaining = maxCount; remaining > 0 && fromRevision >= 0;)
        {
            ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
            var page = await PostgresEventPages.ReadStreamAsync(_source, streamId, direction, fromRevision, Math.Min(remaining, _options.PageSize), ct);
            foreach (var e in page) yield return e;
            if (page.Count < Math.Min(remaining, _options.PageSize)) yield break;
            remaining -= page.Count;
            fromRevision = page[^1].StreamRevision + step;
        }
    }

    public IAsyncEnumerable<RecordedEvent> ReadAllAsync(long afterPosition = 0, int maxCount = int.MaxValue, CancellationToken ct = default) =>
        ReadLogAsync(afterPosition, maxCount, null, ct);

    public IAsyncEnumerable<RecordedEvent> ReadAllAsync(long afterPosition, int maxCount, EventTypeFilter filter, CancellationToken ct = default) =>
        ReadLogAsync(afterPosition, maxCount, NotNull(filter), ct);

    public IAsyncEnumerable<RecordedEvent> SubscribeToAllAsync(long afterPosition = 0, CancellationToken ct = default) =>
        SubscribeToLogAsync(afterPosition, null, ct);

    public IAsyncEnumerable<RecordedEvent> SubscribeToAllAsync(long afterPosition, EventTypeFilter filter, CancellationToken ct = default) =>
        SubscribeToLogAsync(afterPosition, NotNull(filter), ct);

    private static EventTypeFilter? NotNull(EventTypeFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter;
    }

    private async IAsyncEnumerable<RecordedEvent> ReadLogAsync(long afterPosition, int maxCount, EventTypeFilter? filter, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        for (var remaining = maxCount; remaining > 0;)
        {
            ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
            var page = await PostgresEventPages.ReadAllAsync(_source, afterPosition, Math.Min(remaining, _options.PageSize), filter, ct);
            foreach (var e in page) yield return e;
            if (page.Count < Math.Min(remaining, _options.PageSize)) yield break;
            remaining -= page.Count;
            afterPosition = page[^1].Position;
        }
    }

    private async IAsyncEnumerable<RecordedEvent> SubscribeToLogAsync(long afterPosition, EventTypeFilter? filter, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, _disposed.Token);
        while (true)
        {
            // Taken before the read: a commit landing during the read completes it, so no wake-up is lost.
            var appended = _appended.Next;
            var page = await PostgresEventPages.ReadAllAsync(_source, afterPosition, _options.PageSize, filter, stop.Token);
            foreach (var e in page)
            {
                yield return e;
                afterPosition = e.Position;
            }

            if (page.Count < _options.PageSize) await WaitForAppendAsync(appended, stop.Token);
            ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
            ct.ThrowIfCancellationRequested();
        }
    }

    public async Task<long> GetLastPositionAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        await using var command = _source.CreateCommand("SELECT COALESCE(MAX(position), 0) FROM events");
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed.IsCancellationRequested) return;
        await _disposed.CancelAsync();
        await _appended.DisposeAsync();
        await _source.DisposeAsync();
    }

    // Wakes on a notified commit, or after the poll interval in case the listening connection is down.
    private async Task WaitForAppendAsync(Task appended, CancellationToken ct)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await Task.WhenAny(appended, Task.Delay(_options.PollInterval, _options.Clock, poll.Token));
        await poll.CancelAsync();
    }
}
