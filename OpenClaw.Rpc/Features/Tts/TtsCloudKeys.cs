using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>The keys of one cloud provider under <c>messages.tts.&lt;id&gt;</c>; the key's variables are read when the file has none.</summary>
internal sealed record TtsCloudKeys(ConfigKey BaseUrl, ConfigKey ApiKey, ConfigKey Model, ConfigKey Voice)
{
    public IReadOnlyList<ConfigKey> All => [BaseUrl, ApiKey, Model, Voice];
}
