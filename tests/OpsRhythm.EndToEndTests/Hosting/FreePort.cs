using System.Net;
using System.Net.Sockets;

namespace OpsRhythm.EndToEndTests.Hosting;

/// <summary>A loopback port nobody listens on now; other developers run these tests at the same time.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
