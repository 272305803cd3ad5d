using System.Threading.Channels;
using CeasefireMonitor.Contracts;
using CeasefireMonitor.Messaging.Bus;
using MassTransit;

namespace CeasefireMonitor.Cli.Subscribing;

/// <summary>A temporary queue on the broker feeding live changes to the command, plus a signal each time it is (re)bound.</summary>
public static class LiveChanges
{
    /// <summary>A received change, or (Message null) the queue became ready: after a reconnection it is a new, empty queue.</summary>
    public sealed record Signal(PhaseStatusChanged? Message);

    public static async Task<IAsyncDisposable> StartAsync(BusAddress? address, ChannelWriter<Signal> live, CancellationToken ct)
    {
        if (address is null) return new Handle(null);
        var bus = BusFactory.Create(address, cfg => cfg.ReceiveEndpoint(new TemporaryEndpointDefinition(), e =>
        {
            e.ConnectReceiveEndpointObserver(new ReadySignal(live));
            e.Handler<PhaseStatusChanged>(context => live.WriteAsync(new Signal(context.Message)).AsTask());
        }));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        await bus.StartAsync(timeout.Token);
        return new Handle(bus);
    }

    private sealed class ReadySignal(ChannelWriter<Signal> live) : IReceiveEndpointObserver
    {
        public Task Ready(ReceiveEndpointReady ready) => live.WriteAsync(new Signal(null)).AsTask();
        public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;
        public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;
        public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
    }

    private sealed class Handle(IBusControl? bus) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (bus is not null) await bus.StopAsync(CancellationToken.None);
        }
    }
}
