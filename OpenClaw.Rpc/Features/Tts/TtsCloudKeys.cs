using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>
/// The keys of one cloud provider. Each setting is a list of keys that mean the same, read in order: this runtime's own
/// key under <c>messages.tts.&lt;id&gt;</c> first (the one <c>config.get</c> shows), then upstream's spellings in the
/// old flat block and in <c>messages.tts.providers.&lt;id&gt;</c>, so an upstream config works as written. The api key's
/// variables (on the first key) are read when the file sets none.
/// </summary>
internal sealed record TtsCloudKeys(
    IReadOnlyList<ConfigKey> BaseUrl,
    IReadOnlyList<ConfigKey> ApiKey,
    IReadOnlyList<ConfigKey> Model,
    IReadOnlyList<ConfigKey> Voice,
    TtsVoiceSettingsKeys? VoiceSettings = null)
{
    public IReadOnlyList<ConfigKey> All =>
        [.. BaseUrl, .. ApiKey, .. Model, .. Voice, .. VoiceSettings?.All ?? []];

    /// <summary>The keys of provider <paramref name="id"/>, with upstream's names for its model and voice.</summary>
    public static TtsCloudKeys For(string id, string upstreamModel, string upstreamVoice, bool voiceSettings, params string[] keyVariables)
    {
        string flat = $"{TtsConfigKeys.Section}.{id}";
        string block = $"{TtsConfigKeys.Section}.providers.{id}";
        return new TtsCloudKeys(
            [new($"{flat}.baseUrl"), new($"{block}.baseUrl")],
            [new($"{flat}.apiKey", keyVariables), new($"{block}.apiKey")],
            Spellings(flat, block, "model", upstreamModel),
            Spellings(flat, block, "voice", upstreamVoice),
            voiceSettings ? new TtsVoiceSettingsKeys([new($"{flat}.voiceSettings"), new($"{block}.voiceSettings")]) : null);
    }

    private static ConfigKey[] Spellings(string flat, string block, string own, string upstream) => own == upstream
        ? [new($"{flat}.{own}"), new($"{block}.{own}")]
        : [new($"{flat}.{own}"), new($"{flat}.{upstream}"), new($"{block}.{upstream}")];
}

/// <summary>
/// ElevenLabs' <c>voiceSettings</c> object as upstream writes it (in either block), and its members; the provider
/// sends them as <c>voice_settings</c>. The table lists the members, so a misspelt member is flagged by doctor; the
/// loader checks the objects themselves.
/// </summary>
internal sealed record TtsVoiceSettingsKeys(IReadOnlyList<ConfigKey> Objects)
{
    public static readonly IReadOnlyList<string> Numbers = ["stability", "similarityBoost", "style", "speed"];

    public const string SpeakerBoost = "useSpeakerBoost";

    public IReadOnlyList<ConfigKey> All =>
        [.. Objects.SelectMany(o => Numbers.Append(SpeakerBoost).Select(n => new ConfigKey($"{o.Key}.{n}")))];
}
