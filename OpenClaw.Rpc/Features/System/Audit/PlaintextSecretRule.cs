using System.Text.Json;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Features.System.Audit;

/// <summary><c>config.plaintextSecret</c>: a key or token written literally in the config (names the key, never the value).</summary>
internal sealed class PlaintextSecretRule(RuntimeSettings settings) : IAuditRule
{
    public Task<IReadOnlyList<AuditFinding>> EvaluateAsync(AuditRun run, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditFinding>>([.. LiteralSecretKeys(settings.AsWritten).Select(key => new AuditFinding(
            "config.plaintextSecret", AuditFinding.Warn, "an API key is stored in the config file",
            $"{key} in {settings.ConfigPath} holds a literal value", $"set it from the environment instead, e.g. \"{Leaf(key)}\": \"${{ENV_VAR}}\""))]);

    /// <summary>Dotted keys with a secret-like name whose value is a literal string, not a <c>${VAR}</c> reference.</summary>
    public static IEnumerable<string> LiteralSecretKeys(ConfigDocument config)
    {
        if (!config.Loaded)
        {
            return [];
        }

        var found = new List<string>();
        foreach (string section in new[] { "models", "messages", "voice", "runtime", "agents", "logging" })
        {
            foreach (string key in ConfigDocumentKeys.Under(config, section))
            {
                if (SecretRedactor.IsSecretName(Leaf(key)) && config.TryGet(key, out JsonElement value) && value.ValueKind == JsonValueKind.String
                    && value.GetString() is { Length: > 0 } text && !text.Contains("${", StringComparison.Ordinal))
                {
                    found.Add(key);
                }
            }
        }

        return found;
    }

    private static string Leaf(string key) => key[(key.LastIndexOf('.') + 1)..];
}
