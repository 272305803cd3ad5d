namespace CeasefireMonitor.Benchmarks.Stores;

/// <summary>
/// A closed store file holding a log of a given size, copied for each measurement, so appends are always measured
/// on a log of the same size: appends slow down as the log grows.
/// </summary>
public sealed class LogTemplate : IAsyncDisposable
{
    private const int FillBatch = 1_000, FillStreams = 50;

    private readonly ScratchStore? _filled;

    private LogTemplate(ScratchStore? filled, int events) => (_filled, Events) = (filled, events);

    public int Events { get; }

    public static async Task<LogTemplate> CreateAsync(EventPayloads payloads, int events)
    {
        if (events == 0) return new LogTemplate(null, 0);
        var filled = await ScratchStore.CreateAsync();
        var cursor = new StreamCursor("filler", FillStreams);
        for (var appended = 0; appended < events; appended += FillBatch)
            await cursor.AppendAsync(filled.Store.Events, payloads.Next(Math.Min(FillBatch, events - appended)));
        // Closing the store checkpoints its write-ahead log into the file, so the file alone is the whole log.
        await filled.Store.DisposeAsync();
        return new LogTemplate(filled, events);
    }

    public Task<ScratchStore> OpenCopyAsync() => ScratchStore.CreateAsync(copyOf: _filled?.FilePath);

    public async ValueTask DisposeAsync()
    {
        if (_filled is not null) await _filled.DisposeAsync();
    }
}
