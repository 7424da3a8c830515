using System.Globalization;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>How a bound on waiting for a server reads in a reason (<c>timed out after 5 s</c>).</summary>
internal static class McpWait
{
    public static string Describe(TimeSpan bound) => bound.TotalSeconds >= 1 && bound.Milliseconds == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bound.TotalSeconds:0} s")
        : string.Create(CultureInfo.InvariantCulture, $"{bound.TotalMilliseconds:0} ms");
}
