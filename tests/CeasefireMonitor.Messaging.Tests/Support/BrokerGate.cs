using System.Net;
using System.Net.Sockets;

namespace CeasefireMonitor.Messaging.Tests.Support;

/// <summary>
/// A TCP relay in front of the shared broker that a test can close and reopen: to the process behind it the broker
/// is down (connections dropped, new ones refused) while other users of the broker are not disturbed.
/// </summary>
public sealed class BrokerGate(string host, int port) : IAsyncDisposable
{
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource _closing = new();
    private readonly TaskCompletionSource _cut = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _closeOnConfirm;

    public int Port { get; private set; }

    public void Open()
    {
        _closing = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync(_listener, _closing.Token);
    }

    /// <summary>
    /// Arms the gate to close itself, like a broker going down, the moment the broker sends its first publisher
    /// confirm, before passing it on: a publish the broker took but the publisher never saw confirmed.
    /// </summary>
    public void CloseOnFirstConfirm() => _closeOnConfirm = true;

    /// <summary>Completes when the gate closed itself on a confirm.</summary>
    public Task ClosedOnConfirm => _cut.Task;

    /// <summary>Drops every relayed connection and refuses new ones until <see cref="Open"/>.</summary>
    public void Close()
    {
        _closing.Cancel();
        _listener?.Stop();
        lock (_open)
        {
            foreach (var client in _open) client.Dispose();
            _open.Clear();
        }
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient inbound;
            try { inbound = await listener.AcceptTcpClientAsync(ct); }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException) { return; }
            var outbound = new TcpClient();
            try { await outbound.ConnectAsync(host, port, ct); }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException) { inbound.Dispose(); outbound.Dispose(); continue; }
            lock (_open) { _open.Add(inbound); _open.Add(outbound); }
            _ = RelayAsync(inbound, outbound, null, ct);
            _ = RelayAsync(outbound, inbound, new ConfirmSpotter(), ct);
        }
    }

    private async Task RelayAsync(TcpClient from, TcpClient to, ConfirmSpotter? confirms, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            var (input, output) = (from.GetStream(), to.GetStream());
            int read;
            while ((read = await input.ReadAsync(buffer, ct)) > 0)
            {
                if (confirms is not null && confirms.Feed(buffer.AsSpan(0, read)) && _closeOnConfirm)
                {
                    _closeOnConfirm = false;
                    Close();
                    _cut.TrySetResult();
                    return;
                }
                await output.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException) { }
        finally { from.Dispose(); to.Dispose(); }
    }

    public ValueTask DisposeAsync()
    {
        Close();
        return ValueTask.CompletedTask;
    }
}
