using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Tools.Mcp;

namespace OpenClaw.Rpc.Features.Tools;

/// <summary>
/// <c>tools.allowAllUnasked</c>: <c>tools.ask: "off"</c> with a <c>tools.allow</c> glob that takes every tool (critical)
/// or every tool of a server (warn), so tools that write run with nobody asked; which tools write cannot be known
/// before the servers start, so any such glob is reported. Then each server's secrets, command and working directory.
/// </summary>
internal sealed class ToolsAuditRule(ToolsOptions options, RuntimeSettings settings) : IAuditRule
{
    public Task<IReadOnlyList<AuditFinding>> EvaluateAsync(AuditRun run, CancellationToken cancellationToken)
    {
        var findings = new List<AuditFinding>();
        if (options.Ask == ToolAskMode.Off)
        {
            findings.AddRange(options.Allow.Select(Unasked).OfType<AuditFinding>());
        }

        findings.AddRange(McpSecretAudit.Check(settings.AsWritten, settings.ConfigPath));
        findings.AddRange(options.Servers.Where(s => s.Enabled).SelectMany(McpServerAudit.Check));
        return Task.FromResult<IReadOnlyList<AuditFinding>>(findings);
    }

    private AuditFinding? Unasked(string glob)
    {
        const string Why = "tools.ask is \"off\", so nobody is asked; which tools write or delete cannot be known before the servers start";
        const string Fix = "allow the tools you have checked by name (files__read_file), or set tools.ask to \"on-miss\"";
        if (ToolGlobs.CoversEverything(glob))
        {
            return new AuditFinding("tools.allowAllUnasked", AuditFinding.Critical, "every tool of every MCP server runs unasked",
                $"tools.allow has \"{glob}\", which takes every tool, also of servers an ACP client brings; {Why}", Fix);
        }

        string[] servers = [.. options.Servers.Select(s => s.Name).Where(name => ToolGlobs.CoversServer(glob, name))];
        string? named = glob.EndsWith("__*", StringComparison.Ordinal) && !glob[..^3].Contains('*', StringComparison.Ordinal) ? glob[..^3] : null;
        if (servers.Length == 0 && named is null)
        {
            return null;
        }

        string which = servers.Length > 0 ? string.Join(", ", servers) : named!;
        return new AuditFinding("tools.allowAllUnasked", AuditFinding.Warn, $"every tool of MCP server {which} runs unasked",
            $"tools.allow has \"{glob}\", which takes every tool of {which}; {Why}", Fix);
    }
}
