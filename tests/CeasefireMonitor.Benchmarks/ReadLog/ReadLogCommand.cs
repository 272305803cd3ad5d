using System.Globalization;
using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Serialization;
using CeasefireMonitor.Application.Serialization.Reading;
using CeasefireMonitor.Benchmarks.Replay;
using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Sqlite;

namespace CeasefireMonitor.Benchmarks.ReadLog;

/// <summary>
/// read-log --store FILE [--passes 40]: reads and decodes a copy of a store's log as a rebuild's readers do (ranges of 1,000
/// positions, the projections' types, SQLite's row reader and the token reader), on one thread, and prints that thread's
/// processor time per event: the stage a rebuild's applying thread waits for, measured apart from the load on other cores.
/// </summary>
public static class ReadLogCommand
{
    private const int Range = 1_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = CommandOptions.Parse(args);
        options.RejectUnknown("store", "passes");
        var file = options.Text("store") ?? throw new ArgumentException("read-log needs --store FILE (corpus-store writes one)");
        var passes = options.Int("passes", 40);
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 3);
        var copy = Path.Combine(Path.GetTempPath(), $"read-log-{Guid.NewGuid():N}.db");
        File.Copy(file, copy);
        try
        {
            await using var store = await SqliteEventStore.OpenAsync(copy);
            // The types some projection handles, as the catch-up's filter names them.
            var types = EventTypes.All.Where(t => ProjectionRunner.All.Any(p => p.Handles(t.Type))).ToDictionary(t => t.Name, t => t.Type, StringComparer.Ordinal);
            var filter = new EventTypeFilter(types.Keys);
            var end = await store.GetLastPositionAsync();
            var reader = new StoredEventReader();
            var (cpu, allocated, events) = (new List<double>(), 0L, 0);
            for (var pass = 0; pass < passes; pass++)
            {
                var (cpuBefore, allocatedBefore) = (ThreadClock.Seconds(), GC.GetAllocatedBytesForCurrentThread());
                events = 0;
                for (var from = 0L; from < end; from += Range)
                {
                    // Completes on this thread: the store opens a pooled connection and reads synchronously.
                    var rows = await store.ReadRangeRowsAsync(from, Math.Min(from + Range, end), filter, row => (row.Position, row.Created, reader.Read(row.Data, types[row.Type])));
                    events += rows.Count;
                }
                cpu.Add(ThreadClock.Seconds() - cpuBefore);
                allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            }
            // The first third warms the JIT's tiers up and is not counted.
            var measured = cpu.Skip(passes / 3).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(file)}: {events:N0} events read and decoded; this thread's processor time per event: median {measured[measured.Count / 2] / events * 1e6:F3} µs, minimum {measured[0] / events * 1e6:F3} µs ({measured.Count} passes after {passes - measured.Count} warm-up passes); allocated {allocated / (double)events:F0} B per event"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(copy);
        }
    }
}
