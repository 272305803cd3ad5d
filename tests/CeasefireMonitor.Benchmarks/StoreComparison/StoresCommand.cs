using System.Globalization;
using System.Runtime.InteropServices;
using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Benchmarks.Corpus;
using CeasefireMonitor.Benchmarks.Figures;
using CeasefireMonitor.Benchmarks.Replay;
using CeasefireMonitor.Benchmarks.Stores;
using CeasefireMonitor.Store.Postgres.Database;
using Npgsql;

namespace CeasefireMonitor.Benchmarks.StoreComparison;

/// <summary>
/// stores --postgres URL [--runs 3] [--fsync-seconds 2] [--fsync-tool PATH]: the event store on SQLite and on PostgreSQL
/// in one run, each run on fresh stores and the two kinds measured one after the other: single and batched appends,
/// a catch-up read, a projection rebuild; and the disk's commit rate from pg_test_fsync, the bound of single appends.
/// </summary>
public static class StoresCommand
{
    private const int BatchedEvents = 50_000, BatchSize = 1_000, SingleEvents = 500, RebuildArticles = 1_000;
    private const double BatchedGoal = 20_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = CommandOptions.Parse(args);
        options.RejectUnknown("postgres", "runs", "fsync-seconds", "fsync-tool");
        var location = options.Text("postgres") ?? throw new ArgumentException("--postgres postgres://user:password@host:port/database is required: scratch schemas are created there and dropped afterwards.");
        var runs = options.Int("runs", 3);
        var loadBefore = Figures.LoadAverage.Now();
        var payloads = EventPayloads.FromCorpus();

        var (batched, read) = (string.Create(CultureInfo.InvariantCulture, $"batched appends ({BatchSize:N0} events of {payloads.AverageBytes:N0} B per call)"), string.Create(CultureInfo.InvariantCulture, $"catch-up read of {StoreMeasures.CatchUpEvents:N0} events"));
        var rows = new List<Row>
        {
            await CompareAsync(batched, runs, location, s => StoreMeasures.AppendsAsync(s.Store.Events, payloads, BatchedEvents, BatchSize)),
            await CompareAsync("single-event appends (one call, one commit per event)", runs, location, s => StoreMeasures.AppendsAsync(s.Store.Events, payloads, SingleEvents, 1)),
            await CompareAsync(read, runs, location, s => StoreMeasures.CatchUpAsync(s.Store.Events, payloads)),
            await CompareRebuildAsync(runs, location),
        };
        var folder = Directory.CreateTempSubdirectory("cm-fsync-").FullName;
        double commits;
        try { commits = await CommitRate.MeasureAsync(folder, options.Int("fsync-seconds", 2), options.Text("fsync-tool")); }
        finally { Directory.Delete(folder, recursive: true); }

        Console.WriteLine();
        var server = await ServerAsync(location);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Measured on {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, load average {loadBefore} before and {Figures.LoadAverage.Now()} after; {server}; medians of {runs} runs on fresh stores, each after one warm-up run; pg_test_fsync: {commits:N0} fdatasync commits/s."));
        Console.WriteLine();
        Console.WriteLine("| Measure (events/s) | SQLite median (range) | PostgreSQL median (range) | PostgreSQL bound or goal | PostgreSQL / it |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(rows[0].Markdown($"goal ≥ {BatchedGoal:N0}", rows[0].Postgres / BatchedGoal));
        Console.WriteLine(rows[1].Markdown($"{commits:N0} commits/s (pg_test_fsync)", rows[1].Postgres / commits));
        foreach (var row in rows.Skip(2)) Console.WriteLine(row.Markdown("–", null));
        return 0;
    }

    // SQLite then PostgreSQL within each run, so both see the same moment of a shared machine's load.
    private static async Task<Row> CompareAsync(string name, int runs, string location, Func<FreshStore, Task<double>> measure)
    {
        Console.WriteLine($"{name}…");
        var (sqlite, postgres) = (new List<double>(), new List<double>());
        for (var run = 0; run <= runs; run++)
        {
            await using (var store = await FreshStore.SqliteAsync()) Keep(run, sqlite, await measure(store));
            await using (var store = await FreshStore.PostgresAsync(location)) Keep(run, postgres, await measure(store));
        }
        return new Row(name, sqlite, postgres);
    }

    // Both stores rebuild the same log: ingested once into SQLite, copied into PostgreSQL in its global order.
    private static async Task<Row> CompareRebuildAsync(int runs, string location)
    {
        await using var sqlite = await ScratchStore.CreateAsync();
        foreach (var article in SyntheticCorpus.Stream(RebuildArticles)) await sqlite.Ingestion.IngestAsync(article.ToInput());
        var events = await sqlite.Store.Events.GetLastPositionAsync();
        var name = string.Create(CultureInfo.InvariantCulture, $"projection rebuild of {events:N0} events ({RebuildArticles:N0} articles)");
        Console.WriteLine($"{name}…");
        await using var postgres = await FreshStore.PostgresAsync(location);
        await StoreMeasures.CopyLogAsync(sqlite.Store.Events, postgres.Store.Events);
        var postgresProjections = new ProjectionRunner(postgres.Store, Serilog.Core.Logger.None);
        var (onSqlite, onPostgres) = (new List<double>(), new List<double>());
        for (var run = 0; run <= runs; run++)
        {
            Keep(run, onSqlite, await StoreMeasures.RebuildAsync(sqlite.Projections, events));
            Keep(run, onPostgres, await StoreMeasures.RebuildAsync(postgresProjections, events));
        }
        return new Row(name, onSqlite, onPostgres);
    }

    // Run 0 warms the JIT, the pools and the caches and is not counted.
    private static void Keep(int run, List<double> samples, double value)
    {
        if (run > 0) samples.Add(value);
    }

    private static async Task<string> ServerAsync(string location)
    {
        await using var connection = new NpgsqlConnection(PostgresLocation.ToConnectionString(location));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit'), current_setting('wal_sync_method')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"PostgreSQL {reader.GetString(0)} on the same machine (fsync={reader.GetString(1)}, synchronous_commit={reader.GetString(2)}, wal_sync_method={reader.GetString(3)})";
    }

    private sealed record Row(string Name, List<double> SqliteSamples, List<double> PostgresSamples)
    {
        public double Postgres => Measurement.MedianOf(PostgresSamples);

        public string Markdown(string bound, double? ratio) => string.Create(CultureInfo.InvariantCulture,
            $"| {Name} | {Measurement.MedianOf(SqliteSamples):N0} ({SqliteSamples.Min():N0}–{SqliteSamples.Max():N0}) | {Postgres:N0} ({PostgresSamples.Min():N0}–{PostgresSamples.Max():N0}) | {bound} | {(ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "–")} |");
    }
}
