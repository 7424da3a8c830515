using System.Security.Cryptography;
using System.Text;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// The names the model and the policy see: <c>&lt;server&gt;__&lt;tool&gt;</c>. Providers accept only names of 1 to 64
/// characters from <c>[A-Za-z0-9_-]</c>, so a name that does not fit is rewritten: every other character becomes
/// <c>_</c>, the result is cut to 55 characters, and <c>_</c> plus the first 8 hex digits of the SHA-256 of the
/// unrewritten name (UTF-8) is appended. The same server and tool always get the same name, and two names that
/// rewrite alike (<c>a.b</c>, <c>a_b</c>) still differ by their suffix. Calls use the server's own name, never this one.
/// </summary>
internal static class McpToolNames
{
    public const int MaxLength = 64;
    public const string Separator = "__";
    private const int SuffixLength = 9;

    /// <summary>The namespaced name before any rewriting (what <c>toolFilter</c> globs may also match).</summary>
    public static string Raw(string server, string tool) => server + Separator + tool;

    /// <summary>The namespaced name a provider accepts.</summary>
    public static string For(string server, string tool)
    {
        string raw = Raw(server, tool);
        if (raw.Length <= MaxLength && raw.All(IsAllowed))
        {
            return raw;
        }

        var rewritten = new StringBuilder(MaxLength);
        foreach (char c in raw.AsSpan(0, Math.Min(raw.Length, MaxLength - SuffixLength)))
        {
            rewritten.Append(IsAllowed(c) ? c : '_');
        }

        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(raw));
        return rewritten.Append('_').Append(Convert.ToHexStringLower(hash, 0, 4)).ToString();
    }

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
}
