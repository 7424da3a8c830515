namespace OpenClaw.Rpc.Features.Tts;

internal static class TtsProviderIds
{
    public const string KittenTts = "kittentts";
    public const string Espeak = "espeak";
    public const string OpenAi = "openai";
    public const string ElevenLabs = "elevenlabs";

    /// <summary>Upstream's Microsoft (Edge) voices; upstream still reads its old name <c>edge</c> as this id.</summary>
    public const string Microsoft = "microsoft";

    public const string Minimax = "minimax";

    /// <summary>The providers this runtime has.</summary>
    public static IReadOnlyList<string> All { get; } = [KittenTts, Espeak, OpenAi, ElevenLabs];

    /// <summary>
    /// Upstream OpenClaw's other providers: a config may name them (as upstream configs do), and they are skipped as
    /// "not available in this runtime" instead of stopping start-up.
    /// </summary>
    public static IReadOnlyList<string> UpstreamOnly { get; } = [Microsoft, Minimax];

    /// <summary>The id a config value means, as upstream reads it (<c>edge</c> is <c>microsoft</c>), or null for a name no OpenClaw knows.</summary>
    public static string? Canonical(string name)
    {
        string id = name == "edge" ? Microsoft : name;
        return All.Contains(id) || UpstreamOnly.Contains(id) ? id : null;
    }

    /// <summary>The names a config may use, for the error that lists them.</summary>
    public static string Accepted => $"{string.Join(", ", All)} (upstream's {string.Join(", ", UpstreamOnly)} and edge are accepted and skipped)";
}
