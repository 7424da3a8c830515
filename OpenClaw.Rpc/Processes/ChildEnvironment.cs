using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Processes;

/// <summary>The environment a child inherits: the runtime's own, minus every secret (API keys, tokens).</summary>
internal static class ChildEnvironment
{
    /// <summary>
    /// Removes every variable whose name looks secret and every variable whose value holds a known key, whatever its
    /// name: a key read through <c>apiKeyEnv</c> or <c>${VAR}</c> may sit in <c>LLM_CRED</c> or <c>MY_LLM</c>.
    /// </summary>
    public static void Scrub(IDictionary<string, string?> environment, SecretRedactor secrets)
    {
        foreach (string name in environment.Where(v => SecretRedactor.IsSecretName(v.Key) || secrets.Reveals(v.Value)).Select(v => v.Key).ToList())
        {
            environment.Remove(name);
        }
    }
}
