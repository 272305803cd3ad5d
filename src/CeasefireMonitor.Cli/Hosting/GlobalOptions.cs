using System.CommandLine;
using CeasefireMonitor.Messaging.Bus;
using Microsoft.Extensions.Configuration;
using Serilog;

namespace CeasefireMonitor.Cli.Hosting;

/// <summary>What every command shares: --store and --bus, configuration and the logger.</summary>
public sealed class GlobalOptions(IConfiguration configuration, ILogger log)
{
    public Option<string?> Store { get; } = new("--store")
    {
        Description = "SQLite file path (the embedded default: data/ceasefire.db) or connection URL of the event store",
        Recursive = true,
    };

    public Option<string?> Bus { get; } = new("--bus")
    {
        Description = "Where status changes are published: rabbitmq://user:password@host:port/vhost, or 'memory' (the default)",
        Recursive = true,
    };

    public ILogger Log { get; } = log;

    public BusAddress? BusAddress(ParseResult parse) => Messaging.Bus.BusAddress.Parse(parse.GetValue(Bus) ?? configuration["Bus"]);

    public async Task<Monitor> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var bus = BusAddress(parse);
        return await Monitor.OpenAsync(parse.GetValue(Store) ?? configuration["Store"] ?? Application.Storage.MonitorStore.DefaultPath, bus, Log, StoreRetry.From(configuration, Log), ct);
    }
}
