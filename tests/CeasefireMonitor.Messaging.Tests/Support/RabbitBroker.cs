using System.Diagnostics;
using CeasefireMonitor.Messaging.Bus;

namespace CeasefireMonitor.Messaging.Tests.Support;

/// <summary>The RabbitMQ broker that deploy/services.sh started; each test class gets a vhost of its own, deleted afterwards.</summary>
public sealed class RabbitBroker
{
    public static BusAddress Address { get; } = BusAddress.Parse(Environment.GetEnvironmentVariable("CEASEFIRE_TEST_RABBITMQ"))
        ?? throw new InvalidOperationException("CEASEFIRE_TEST_RABBITMQ is not set: run the tests with deploy/test.sh, which starts RabbitMQ");

    private static string Node => Environment.GetEnvironmentVariable("CEASEFIRE_TEST_RABBITMQ_NODE") ?? "rabbit@localhost";

    public static async Task<BusAddress> CreateVhostAsync(string name)
    {
        await CtlAsync("add_vhost", name);
        await CtlAsync("set_permissions", "-p", name, Address.Username, ".*", ".*", ".*");
        return Address with { VirtualHost = name };
    }

    public static Task DeleteVhostAsync(string name) => CtlAsync("delete_vhost", name);

    private static async Task CtlAsync(params string[] args)
    {
        var start = new ProcessStartInfo("rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-n", Node, "-q", .. args]) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', args)} failed: {await error}");
    }
}

/// <summary>RabbitMQ tests run one at a time so the CLI processes and benchmarks of one never slow another into a timeout.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RabbitCollection
{
    public const string Name = "RabbitMQ";
}
