namespace OpenClaw.Rpc.Features.Tts;

internal static class TtsProviderIds
{
    public const string KittenTts = "kittentts";
    public const string Espeak = "espeak";
    public const string OpenAi = "openai";
    public const string ElevenLabs = "elevenlabs";

    public static IReadOnlyList<string> All { get; } = [KittenTts, Espeak, OpenAi, ElevenLabs];
}
