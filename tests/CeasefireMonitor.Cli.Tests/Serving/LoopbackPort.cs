using System.Net;
using System.Net.Sockets;

namespace CeasefireMonitor.Cli.Tests.Serving;

public static class LoopbackPort
{
    /// <summary>A loopback port nothing listens on: bound to learn a free number, then closed.</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
