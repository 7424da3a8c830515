using System.Net;
using System.Net.Sockets;

namespace OpenClaw.Tests.Support;

/// <summary>
/// An <see cref="HttpListener"/> on 127.0.0.1 and a free port. A free port is only known by asking the system for one
/// and letting it go, so a test running beside this one may take it first: then another port is tried.
/// </summary>
internal static class LoopbackListener
{
    private const int Tries = 20;

    /// <summary>A started listener and its root URL (<c>http://127.0.0.1:PORT</c>, no trailing slash).</summary>
    public static (HttpListener Listener, string Root) Start()
    {
        for (int attempt = 1; ; attempt++)
        {
            string root = $"http://127.0.0.1:{FreePort()}";
            var listener = new HttpListener();
            listener.Prefixes.Add(root + "/");
            try
            {
                listener.Start();
                return (listener, root);
            }
            catch (HttpListenerException) when (attempt < Tries)
            {
                listener.Close();
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
