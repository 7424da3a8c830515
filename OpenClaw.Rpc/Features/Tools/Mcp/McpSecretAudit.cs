using System.Text.Json;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Features.Tools.Mcp;

/// <summary>
/// <c>mcp.plaintextSecret</c>: a server's <c>env</c> or <c>headers</c> entry that holds a secret written literally in
/// the config, decided as <c>config.plaintextSecret</c> decides (a secret-like name; a value with <c>${VAR}</c> is a
/// reference and fine), plus the credential headers whose names do not look secret (<c>Authorization</c>, <c>Cookie</c>).
/// Reads the file as written, so a config start-up refuses is still checked. Names the key, never the value.
/// </summary>
internal static class McpSecretAudit
{
    private static readonly HashSet<string> CredentialHeaders = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "Proxy-Authorization", "Cookie" };

    public static IEnumerable<AuditFinding> Check(ConfigDocument written, string configPath)
    {
        ArgumentNullException.ThrowIfNull(written);
        if (!written.TryGet(ToolsConfigKeys.Servers.Key, out JsonElement servers) || servers.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var findings = new List<AuditFinding>();
        foreach (JsonProperty server in servers.EnumerateObject().Where(s => s.Value.ValueKind == JsonValueKind.Object))
        {
            McpServerKeys keys = ToolsConfigKeys.Server(server.Name);
            findings.AddRange(Literal(server.Value, "env", keys.Env.Key, name => SecretRedactor.IsSecretName(name))
                .Concat(Literal(server.Value, "headers", keys.Headers.Key, name => SecretRedactor.IsSecretName(name) || CredentialHeaders.Contains(name)))
                .Select(key => new AuditFinding("mcp.plaintextSecret", AuditFinding.Warn, "a secret for an MCP server is stored in the config file",
                    $"{key} in {configPath} holds a literal value",
                    $"set it from the environment instead, e.g. \"{key[(key.LastIndexOf('.') + 1)..]}\": \"${{ENV_VAR}}\"")));
        }

        return findings;
    }

    private static IEnumerable<string> Literal(JsonElement server, string section, string key, Func<string, bool> secretName)
    {
        if (!server.TryGetProperty(section, out JsonElement entries) || entries.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return [.. entries.EnumerateObject()
            .Where(e => secretName(e.Name) && e.Value.ValueKind == JsonValueKind.String && e.Value.GetString() is { Length: > 0 } text
                && !text.Contains("${", StringComparison.Ordinal))
            .Select(e => $"{key}.{e.Name}")];
    }
}
