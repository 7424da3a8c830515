using System.Text;
using System.Text.Json;

namespace OpenClaw.Rpc.Cli;

/// <summary>The human rendering of a security audit: findings by severity, each with its remediation, then the totals.</summary>
internal static class AuditReport
{
    public static string Render(JsonElement result, bool color)
    {
        var text = new StringBuilder();
        text.Append("openclaw-").Append(result.GetProperty("track").GetString()).Append(" security audit")
            .Append(result.GetProperty("deep").GetBoolean() ? " (deep)" : string.Empty).Append("\n\n");
        JsonElement[] findings = [.. result.GetProperty("findings").EnumerateArray()];
        if (findings.Length == 0)
        {
            text.Append("  no findings\n");
        }

        foreach (JsonElement finding in findings)
        {
            string severity = finding.GetProperty("severity").GetString()!;
            text.Append("  ").Append(Paint(severity.ToUpperInvariant().PadRight(8), severity, color)).Append("  ")
                .Append(finding.GetProperty("checkId").GetString()).Append(": ").Append(finding.GetProperty("title").GetString()).Append('\n')
                .Append("            ").Append(finding.GetProperty("detail").GetString()).Append('\n')
                .Append("            fix: ").Append(finding.GetProperty("remediation").GetString()).Append('\n');
        }

        FixReport.Append(text, result);

        JsonElement summary = result.GetProperty("summary");
        text.Append('\n').Append(summary.GetProperty("critical").GetInt32()).Append(" critical, ").Append(summary.GetProperty("warn").GetInt32())
            .Append(" warn, ").Append(summary.GetProperty("info").GetInt32()).Append(" info\n");
        return text.ToString();
    }

    private static string Paint(string text, string severity, bool color) => !color ? text : severity switch
    {
        "critical" => $"\u001b[31m{text}\u001b[0m",
        "warn" => $"\u001b[33m{text}\u001b[0m",
        _ => $"\u001b[36m{text}\u001b[0m",
    };
}
