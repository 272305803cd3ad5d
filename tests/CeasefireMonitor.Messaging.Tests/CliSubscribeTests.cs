using System.Globalization;
using System.Text.Json;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Contracts;
using CeasefireMonitor.Messaging.Bus;
using CeasefireMonitor.Messaging.Dispatch;
using CeasefireMonitor.Messaging.Tests.Support;

namespace CeasefireMonitor.Messaging.Tests;

/// <summary>`ceasefire subscribe` as a process beside the `ceasefire` processes that write, on RabbitMQ and in memory.</summary>
[Collection(RabbitCollection.Name)]
public sealed class CliSubscribeTests : IAsyncLifetime
{
    // Generous bounds on a loaded machine; they only turn a hang into a failure.
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);
    private readonly string _vhost = $"cm-cli-{Guid.NewGuid():N}";
    private readonly string _folder = Directory.CreateTempSubdirectory("cm-cli-msg-").FullName;
    private BusAddress _address = null!;

    public async Task InitializeAsync() => _address = await RabbitBroker.CreateVhostAsync(_vhost);

    public async Task DisposeAsync()
    {
        await RabbitBroker.DeleteVhostAsync(_vhost);
        Directory.Delete(_folder, recursive: true);
    }

    private string Store => Path.Combine(_folder, "store.db");

    private static string Url(BusAddress a) =>
        $"rabbitmq://{Uri.EscapeDataString(a.Username)}:{Uri.EscapeDataString(a.Password)}@{a.Host}:{a.Port}/{Uri.EscapeDataString(a.VirtualHost)}";

    private CeasefireProcess Start(string bus, params string[] args) => new(_folder, [.. args, "--store", Store, "--bus", bus]);

    private async Task<List<PhaseStatusChanged>> StoredChangesAsync()
    {
        var changes = new List<PhaseStatusChanged>();
        await using var store = await MonitorStore.OpenAsync(Store);
        await foreach (var change in new StatusChangeLog(store.Events).ReadAsync()) changes.Add(change);
        return changes;
    }

    private static string Key(JsonElement m) => $"{m.GetProperty("phaseId").GetString()}#{m.GetProperty("sequence").GetInt32()}";

    [Fact]
    public async Task Subscribe_WithoutFromOnHistory_PrintsOnlyTheChangeRecordedAfterItStarted()
    {
        var bus = Url(_address);
        using (var replay = Start(bus, "replay", TestMonitor.Seeds)) await replay.RunToSuccessAsync(Bound);
        var history = await StoredChangesAsync();
        Assert.NotEmpty(history);

        using var subscriber = Start(bus, "subscribe", "--json", "--max", "1");
        await subscriber.WaitForErrorAsync("Listening for status changes", Bound);
        var article = Path.Combine(_folder, "agreement.txt");
        // Two days after the 2022 clashes the sides agree to stop: the 2022 phase goes from CeasefireCalled to CeasefireAgreed.
        await File.WriteAllTextAsync(article, "Armenia and Azerbaijan agreed to a ceasefire on Wednesday evening, the Armenian government said in a short statement.\n");
        using (var ingest = Start(bus, "ingest", article, "--published", "2022-09-15")) await ingest.RunToSuccessAsync(Bound);

        var added = (await StoredChangesAsync()).ExceptBy(history.Select(c => c.MessageId), c => c.MessageId).ToList();
        var change = Assert.Single(added);
        Assert.Equal(("CeasefireCalled", "CeasefireAgreed"), (change.OldStatus, change.NewStatus));
        Assert.Equal(0, await subscriber.WaitForExitAsync(Bound));
        var printed = Assert.Single(subscriber.JsonLines);
        Assert.Equal(ChangeKeys.Key(change), Key(printed));
        Assert.Equal(change.MessageId.ToString(), printed.GetProperty("messageId").GetString());
        Assert.Equal("CeasefireAgreed", printed.GetProperty("newStatus").GetString());
    }

    [Fact]
    public async Task SubscribeFrom_OnePhaseOnInMemoryBus_PrintsThatPhaseFromTheSequenceInOrder()
    {
        using (var replay = Start("memory", "replay", TestMonitor.Seeds)) await replay.RunToSuccessAsync(Bound);
        var phase = (await StoredChangesAsync()).GroupBy(c => c.PhaseId).MaxBy(g => g.Count())!;
        var expected = phase.Where(c => c.Sequence >= 2).Select(ChangeKeys.Key).ToList();
        Assert.NotEmpty(expected);

        using var subscriber = Start("memory", "subscribe", "--phase", phase.Key, "--from", "2", "--json", "--max", expected.Count.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(0, await subscriber.WaitForExitAsync(Bound));
        Assert.Equal(expected, subscriber.JsonLines.Select(Key));
    }
}
