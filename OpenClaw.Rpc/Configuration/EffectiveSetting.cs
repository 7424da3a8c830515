using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Configuration;

/// <summary>
/// One effective setting for <c>config.get</c>: its dotted key, its value (secrets replaced by "[redacted]") and
/// where it came from: default, file, env, flag or prefs.
/// </summary>
public sealed record EffectiveSetting(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("value")] JsonElement Value,
    [property: JsonPropertyName("source")] string Source);
