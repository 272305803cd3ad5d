using System.Diagnostics;
using System.Text.Json;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Contracts;
using CeasefireMonitor.Messaging.Bus;
using CeasefireMonitor.Messaging.Dispatch;
using CeasefireMonitor.Messaging.Tests.Support;

namespace CeasefireMonitor.Messaging.Tests;

/// <summary>`ceasefire subscribe --from-start` in one process and `ceasefire replay` in another, both on RabbitMQ.</summary>
[Collection(RabbitCollection.Name)]
public sealed class CliSubscribeTests : IAsyncLifetime
{
    private readonly string _vhost = $"cm-cli-{Guid.NewGuid():N}";
    private readonly string _folder = Directory.CreateTempSubdirectory("cm-cli-msg-").FullName;
    private BusAddress _address = null!;

    public async Task InitializeAsync() => _address = await RabbitBroker.CreateVhostAsync(_vhost);

    public async Task DisposeAsync()
    {
        await RabbitBroker.DeleteVhostAsync(_vhost);
        Directory.Delete(_folder, recursive: true);
    }

    private string Bus => $"rabbitmq://{Uri.EscapeDataString(_address.Username)}:{Uri.EscapeDataString(_address.Password)}@{_address.Host}:{_address.Port}/{_address.VirtualHost}";

    private Process Start(params string[] args) => StartOn(Bus, args);

    private Process StartOn(string bus, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ceasefire.dll"));
        foreach (var arg in (string[])[.. args, "--store", Path.Combine(_folder, "store.db"), "--bus", bus]) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    [Fact]
    public async Task SubscribeFromStart_WhileReplayRuns_ShowsEachStatusChangeOnce()
    {
        // How many changes the seeds give, counted on a store of its own.
        await using var reference = await TestMonitor.CreateAsync();
        await reference.IngestAsync(TestMonitor.SeedItems);
        var expected = (await Expected.StatusChangesAsync(reference)).Select(ChangeKeys.Key).Order().ToList();

        using var subscriber = Start("subscribe", "--from-start", "--json", "--max", expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var lines = subscriber.StandardOutput.ReadToEndAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        using var replay = Start("replay", TestMonitor.Seeds);
        var replayError = replay.StandardError.ReadToEndAsync();
        await replay.StandardOutput.ReadToEndAsync();
        await replay.WaitForExitAsync();
        Assert.True(replay.ExitCode == 0, await replayError);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await subscriber.WaitForExitAsync(timeout.Token);
        var messages = (await lines).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(expected, messages.Select(m => $"{m.GetProperty("phaseId").GetString()}#{m.GetProperty("sequence").GetInt32()}").Order());
        Assert.All(messages, m => Assert.True(m.TryGetProperty("newStatus", out _) && m.TryGetProperty("messageId", out _)));
    }

    [Fact]
    public async Task SubscribeFrom_OnePhaseOnInMemoryBus_PrintsThatPhaseFromTheSequenceInOrder()
    {
        using (var replay = StartOn("memory", "replay", TestMonitor.Seeds))
        {
            var error = replay.StandardError.ReadToEndAsync();
            await replay.StandardOutput.ReadToEndAsync();
            await replay.WaitForExitAsync();
            Assert.True(replay.ExitCode == 0, await error);
        }
        var changes = new List<PhaseStatusChanged>();
        await using (var store = await MonitorStore.OpenAsync(Path.Combine(_folder, "store.db")))
            await foreach (var change in new StatusChangeLog(store.Events).ReadAsync()) changes.Add(change);
        var phase = changes.GroupBy(c => c.PhaseId).MaxBy(g => g.Count())!;
        var expected = phase.Where(c => c.Sequence >= 2).Select(ChangeKeys.Key).ToList();
        Assert.NotEmpty(expected);

        using var subscriber = StartOn("memory", "subscribe", "--phase", phase.Key, "--from", "2", "--json", "--max", expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var lines = subscriber.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await subscriber.WaitForExitAsync(timeout.Token);
        var printed = (await lines).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(expected, printed.Select(m => $"{m.GetProperty("phaseId").GetString()}#{m.GetProperty("sequence").GetInt32()}"));
    }
}
