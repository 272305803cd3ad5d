using System.Runtime.CompilerServices;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Store.Sqlite;

/// <summary>
/// The event store in one SQLite file (WAL, synchronous=NORMAL). Several instances and processes may share the file:
/// SQLite's writer lock serialises appends, so log positions commit in order.
/// </summary>
public sealed class SqliteEventStore : IEventStore, IEventRowReader
{
    private readonly SqliteDatabase _database;
    private readonly SqliteStoreOptions _options;
    private readonly AppendSignal _appended = new();
    private readonly CancellationTokenSource _disposed = new();

    private SqliteEventStore(SqliteDatabase database, SqliteStoreOptions options) => (_database, _options) = (database, options);

    /// <summary>Opens the file, creating its directory and schema if needed.</summary>
    public static Task<SqliteEventStore> OpenAsync(string path, CancellationToken ct = default) =>
        OpenAsync(path, new SqliteStoreOptions(), ct);

    public static async Task<SqliteEventStore> OpenAsync(string path, SqliteStoreOptions options, CancellationToken ct = default) =>
        new(await SqliteDatabase.OpenAsync(path, options, ct), options);

    public async Task<AppendResult> AppendAsync(string streamId, ExpectedRevision expected, IReadOnlyList<EventData> events, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        EventBatch.Validate(events);
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        await using var connection = await _database.OpenConnectionAsync(ct);
        var result = await EventAppender.AppendAsync(connection, streamId, expected, events, _options.Clock.GetUtcNow(), ct);
        if (!result.WasIdempotent && events.Count > 0)
        {
            _appended.Notify();
        }

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
            var page = await ReadPageAsync((c, limit) => EventPages.ReadStreamAsync(c, streamId, direction, fromRevision, limit, ct), remaining, ct);
            foreach (var e in page)
            {
                yield return e;
            }

            if (page.Count < Math.Min(remaining, _options.PageSize))
            {
                yield break;
            }

            remaining -= page.Count;
            fromRevision = page[^1].StreamRevision + step;
        }
    }

    public IAsyncEnumerable<RecordedEvent> ReadAllAsync(long afterPosition = 0, int maxCount = int.MaxValue, CancellationToken ct = default) =>
        ReadLogAsync(afterPosition, maxCount, null, ct);

    public IAsyncEnumerable<RecordedEvent> ReadAllAsync(long afterPosition, int maxCount, EventTypeFilter filter, CancellationToken ct = default) =>
        ReadLogAsync(afterPosition, maxCount, NotNull(filter), ct);

    /// <summary>One query: the read transaction lasts while the caller maps the rows, so it should map them only.</summary>
    public async Task<List<T>> ReadAllRowsAsync<T>(long afterPosition, int maxCount, EventTypeFilter filter, EventRowMapper<T> map, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        await using var connection = await _database.OpenConnectionAsync(ct);
        return EventPages.ReadAllRows(connection, afterPosition, maxCount, filter, map, ct);
    }

    public async Task<List<T>> ReadRangeRowsAsync<T>(long afterPosition, long upToPosition, EventTypeFilter filter, EventRowMapper<T> map, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);
        ArgumentOutOfRangeException.ThrowIfLessThan(upToPosition, afterPosition);
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        await using var connection = await _database.OpenConnectionAsync(ct);
        return EventPages.ReadRangeRows(connection, afterPosition, upToPosition, filter, map, ct);
    }

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
            var page = await ReadPageAsync((c, limit) => EventPages.ReadAllAsync(c, afterPosition, limit, filter, ct), remaining, ct);
            foreach (var e in page)
            {
                yield return e;
            }

            if (page.Count < Math.Min(remaining, _options.PageSize))
            {
                yield break;
            }

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
            var page = await ReadPageAsync((c, limit) => EventPages.ReadAllAsync(c, afterPosition, limit, filter, stop.Token), _options.PageSize, stop.Token);
            foreach (var e in page)
            {
                yield return e;
                afterPosition = e.Position;
            }

            if (page.Count < _options.PageSize)
            {
                await WaitForAppendAsync(appended, stop.Token);
            }

            ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
            ct.ThrowIfCancellationRequested();
        }
    }

    public async Task<long> GetLastPositionAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        await using var connection = await _database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(position), 0) FROM events;";
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        await _disposed.CancelAsync();
        _database.ClearPool();
    }

    private async Task<List<RecordedEvent>> ReadPageAsync(Func<Microsoft.Data.Sqlite.SqliteConnection, int, Task<List<RecordedEvent>>> query, int remaining, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        await using var connection = await _database.OpenConnectionAsync(ct);
        return await query(connection, Math.Min(remaining, _options.PageSize));
    }

    // Wakes on this process's next append, or after the poll interval to see other processes' appends.
    private async Task WaitForAppendAsync(Task appended, CancellationToken ct)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await Task.WhenAny(appended, Task.Delay(_options.PollInterval, _options.Clock, poll.Token));
        await poll.CancelAsync();
    }
}
