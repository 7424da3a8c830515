using System.Net;

namespace OpenClaw.Rpc.Checks;

/// <summary>
/// <c>transport.insecureHttp</c>: a provider base URL over plain http to a host other than this machine (localhost,
/// 127.0.0.0/8 and ::1 stay on it). Critical when a key would be sent in clear, else warn.
/// </summary>
internal static class InsecureTransportAudit
{
    /// <summary>
    /// The finding for <paramref name="baseUrl"/>, or null when it is https or loopback. <paramref name="what"/> names the
    /// provider for people, <paramref name="configKey"/> the key that sets the URL; <paramref name="shownUrl"/> is printed.
    /// </summary>
    public static AuditFinding? Check(string what, string configKey, string baseUrl, string shownUrl, bool keyPresent)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out Uri? url) || url.Scheme != Uri.UriSchemeHttp || IsLoopback(url))
        {
            return null;
        }

        return new AuditFinding("transport.insecureHttp", keyPresent ? AuditFinding.Critical : AuditFinding.Warn,
            $"{what} goes over plain http to another host",
            $"{configKey} is {shownUrl}{(keyPresent ? "; the API key would be sent in clear" : string.Empty)}",
            "use https, or a proxy on this machine");
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out IPAddress? address) && IPAddress.IsLoopback(address));
}
