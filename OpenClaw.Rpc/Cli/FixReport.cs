using System.Text;
using System.Text.Json;

namespace OpenClaw.Rpc.Cli;

/// <summary>The "fixed:" lines doctor and the security audit print for the changes <c>--fix</c> made.</summary>
internal static class FixReport
{
    public static void Append(StringBuilder text, JsonElement result)
    {
        if (!result.TryGetProperty("fix", out JsonElement fix))
        {
            return;
        }

        foreach (JsonElement change in fix.GetProperty("changes").EnumerateArray())
        {
            text.Append("\n  fixed: ").Append(change.GetProperty("action").GetString()).Append(' ').Append(change.GetProperty("path").GetString());
            if (change.TryGetProperty("to", out JsonElement to))
            {
                text.Append(change.TryGetProperty("from", out JsonElement from) ? $" {from.GetString()} -> " : " ").Append(to.GetString());
            }
        }

        text.Append('\n');
    }
}
