using System.Net;

namespace OpenClaw.Rpc.Checks;

/// <summary>Whether a URL points at this machine (localhost, 127.0.0.0/8, ::1), where plain http does not leave the host.</summary>
public static class LoopbackUrl
{
    /// <summary>True for a loopback host.</summary>
    public static bool Is(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out IPAddress? address) && IPAddress.IsLoopback(address));
    }
}
