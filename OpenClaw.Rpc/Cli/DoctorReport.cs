using System.Text;
using System.Text.Json;

namespace OpenClaw.Rpc.Cli;

/// <summary>The human rendering of a doctor result: one aligned line per check, its detail below, then the totals.</summary>
internal static class DoctorReport
{
    public static string Render(JsonElement result, bool color)
    {
        var text = new StringBuilder();
        text.Append("openclaw-").Append(result.GetProperty("track").GetString()).Append(' ').Append(result.GetProperty("version").GetString())
            .Append(" doctor\n\n");
        JsonElement[] checks = [.. result.GetProperty("checks").EnumerateArray()];
        int width = checks.Max(c => c.GetProperty("id").GetString()!.Length);
        foreach (JsonElement check in checks)
        {
            string status = check.GetProperty("status").GetString()!;
            text.Append("  ").Append(Paint(status.ToUpperInvariant().PadRight(4), status, color)).Append("  ")
                .Append(check.GetProperty("id").GetString()!.PadRight(width)).Append("  ").Append(check.GetProperty("message").GetString());
            if (check.TryGetProperty("fixable", out JsonElement fixable) && fixable.GetBoolean())
            {
                text.Append(" (--fix repairs this)");
            }

            text.Append('\n');
            if (check.TryGetProperty("detail", out JsonElement detail))
            {
                text.Append(' ', width + 10).Append(detail.GetString()).Append('\n');
            }
        }

        FixReport.Append(text, result);

        JsonElement summary = result.GetProperty("summary");
        text.Append('\n').Append(summary.GetProperty("pass").GetInt32()).Append(" pass, ").Append(summary.GetProperty("warn").GetInt32())
            .Append(" warn, ").Append(summary.GetProperty("fail").GetInt32()).Append(" fail\n");
        return text.ToString();
    }

    private static string Paint(string text, string status, bool color) => !color ? text : status switch
    {
        "pass" => $"\u001b[32m{text}\u001b[0m",
        "warn" => $"\u001b[33m{text}\u001b[0m",
        _ => $"\u001b[31m{text}\u001b[0m",
    };
}
