using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Processes;

/// <summary>The environment a child inherits: the runtime's own, minus every secret (API keys, tokens).</summary>
internal static class ChildEnvironment
{
    public static void Scrub(IDictionary<string, string?> environment)
    {
        foreach (string name in environment.Keys.Where(SecretRedactor.IsSecretName).ToList())
        {
            environment.Remove(name);
        }
    }
}
