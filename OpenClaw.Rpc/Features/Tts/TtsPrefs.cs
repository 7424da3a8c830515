using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>The prefs file (<c>&lt;stateDir&gt;/settings/tts.json</c>), versioned so an older release refuses a newer file.</summary>
internal sealed record TtsPrefsFile(
    [property: JsonPropertyName("formatVersion")] int FormatVersion,
    [property: JsonPropertyName("tts")] TtsPrefs Tts);

/// <summary>What tts.enable/disable/setProvider persist; null members fall back to the config.</summary>
internal sealed record TtsPrefs(
    [property: JsonPropertyName("enabled")] bool? Enabled = null,
    [property: JsonPropertyName("provider")] string? Provider = null);
