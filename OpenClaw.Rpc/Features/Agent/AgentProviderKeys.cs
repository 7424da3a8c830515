using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>
/// The keys of one <c>models.providers.&lt;id&gt;</c> entry (<see cref="AgentConfigKeys.Provider"/>); <c>Entry</c> is
/// the entry itself, named when the id is not valid. The key's variables are not listed: they depend on the
/// provider (<c>apiKeyEnv</c> or the well-known variable).
/// </summary>
internal sealed record AgentProviderKeys(string Entry, ConfigKey Api, ConfigKey BaseUrl, ConfigKey ApiKey, ConfigKey ApiKeyEnv, ConfigKey Models)
{
    public IReadOnlyList<ConfigKey> All => [Api, BaseUrl, ApiKey, ApiKeyEnv, Models];
}
