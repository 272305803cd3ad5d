using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Postgres.Database;
using CeasefireMonitor.Store.Postgres.Events;
using CeasefireMonitor.Store.Sqlite;

namespace CeasefireMonitor.Cli.Bench;

/// <summary>
/// `ceasefire bench-store --postgres URL`: the event store on SQLite and on PostgreSQL side by side, on fresh stores
/// (a temp file, a scratch schema): batched and single-event appends and a catch-up read, medians of several runs.
/// </summary>
public static class StoreBenchCommand
{
    private static readonly byte[] Payload = Encoding.UTF8.GetBytes(new string('x', 400));

    public static Command Create()
    {
        var postgres = new Option<string>("--postgres") { Description = "postgres://user:password@host:port/database where scratch schemas may be created", Required = true };
        var runs = new Option<int>("--runs") { Description = "Runs of each measurement (the median is reported)", DefaultValueFactory = _ => 3 };
        var command = new Command("bench-store", "Measure appends and catch-up reads on SQLite and PostgreSQL; prints medians") { postgres, runs };
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(runs);
            var location = parse.GetValue(postgres)!;
            var folder = Directory.CreateTempSubdirectory("cm-bench-store-").FullName;
            try
            {
                Console.WriteLine($"| measurement (median of {n}) | SQLite | PostgreSQL |");
                Console.WriteLine("|---|---:|---:|");
                foreach (var (name, batch, appends) in new[] { ("batched appends, 1,000 per append (events/s)", 1_000, 50), ("single-event appends (events/s)", 1, 500) })
                {
                    var sqlite = await MedianAsync(n, () => OnSqliteAsync(folder, s => AppendsAsync(s, batch, appends, ct), ct));
                    var pg = await MedianAsync(n, () => OnPostgresAsync(location, s => AppendsAsync(s, batch, appends, ct), ct));
                    Console.WriteLine(Row(name, sqlite, pg));
                }

                var readSqlite = await MedianAsync(n, () => OnSqliteAsync(folder, s => CatchUpAsync(s, ct), ct));
                var readPg = await MedianAsync(n, () => OnPostgresAsync(location, s => CatchUpAsync(s, ct), ct));
                Console.WriteLine(Row("catch-up read of 50,000 events (events/s)", readSqlite, readPg));
                return 0;
            }
            finally { Directory.Delete(folder, recursive: true); }
        });
        return command;
    }

    private static string Row(string name, double sqlite, double postgres) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {sqlite:N0} | {postgres:N0} |");

    private static async Task<double> OnSqliteAsync(string folder, Func<IEventStore, Task<double>> measure, CancellationToken ct)
    {
        await using var store = await SqliteEventStore.OpenAsync(Path.Combine(folder, $"{Guid.NewGuid():N}.db"), ct);
        return await measure(store);
    }

    private static async Task<double> OnPostgresAsync(string location, Func<IEventStore, Task<double>> measure, CancellationToken ct)
    {
        await using var schema = await ScratchSchema.CreateAsync(location, ct);
        await using var store = await PostgresEventStore.OpenAsync(schema.ConnectionString, ct);
        return await measure(store);
    }

    private static async Task<double> AppendsAsync(IEventStore store, int batch, int appends, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        for (var a = 0; a < appends; a++)
            await store.AppendAsync($"stream-{a % 100}", ExpectedRevision.Any, [.. Enumerable.Range(0, batch).Select(_ => new EventData(Guid.NewGuid(), "V1.Bench", Payload))], ct);
        return batch * appends / clock.Elapsed.TotalSeconds;
    }

    // Appends 50,000 events in batches (not timed), then times one reader from position 0 to the end.
    private static async Task<double> CatchUpAsync(IEventStore store, CancellationToken ct)
    {
        await AppendsAsync(store, 1_000, 50, ct);
        var clock = Stopwatch.StartNew();
        var read = 0;
        await foreach (var _ in store.ReadAllAsync(0, int.MaxValue, ct)) read++;
        return read / clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> MedianAsync(int runs, Func<Task<double>> measure)
    {
        var results = new List<double>();
        for (var i = 0; i < runs; i++) results.Add(await measure());
        results.Sort();
        return results.Count % 2 == 1 ? results[results.Count / 2] : (results[results.Count / 2 - 1] + results[results.Count / 2]) / 2;
    }
}
