using System.Text.Json.Nodes;

namespace OpenClaw.Tests.Support;

/// <summary>
/// A config whose keys sit in variables with names that do not look secret: <c>${LLM_CRED}</c> and
/// <c>apiKeyEnv: MY_LLM</c> for two agent providers, <c>${VOICE_CRED}</c> for the OpenAI TTS key, and a KittenTTS stand-in.
/// </summary>
internal static class KeysInPlainVariables
{
    public const string RefKey = "sk-ref-key-in-llm-cred-4417";
    public const string EnvKey = "sk-env-key-in-my-llm-9923";
    public const string TtsKey = "sk-tts-key-in-voice-cred-5150";
    public const string Visible = "plain-value-children-keep";

    /// <summary>The variables that start the runtime with this config; the config file is written into <paramref name="dir"/>.</summary>
    public static Dictionary<string, string> Environment(TempDirectory dir, string kittenBin, string baseUrl = "http://127.0.0.1:9/v1")
    {
        var config = new JsonObject
        {
            ["models"] = new JsonObject
            {
                ["providers"] = new JsonObject
                {
                    ["r"] = new JsonObject { ["baseUrl"] = baseUrl, ["api"] = "openai-completions", ["models"] = new JsonArray("m"), ["apiKey"] = "${LLM_CRED}" },
                    ["e"] = new JsonObject { ["baseUrl"] = baseUrl, ["api"] = "openai-completions", ["models"] = new JsonArray("m"), ["apiKeyEnv"] = "MY_LLM" },
                },
            },
            ["agents"] = new JsonObject { ["defaults"] = new JsonObject { ["model"] = new JsonObject { ["primary"] = "r/m", ["fallbacks"] = new JsonArray("e/m") } } },
            ["runtime"] = new JsonObject { ["selfHealing"] = new JsonObject { ["backoffMs"] = 0, ["maxAttempts"] = 1 } },
            ["messages"] = new JsonObject
            {
                ["tts"] = new JsonObject
                {
                    ["provider"] = "kittentts",
                    ["fallbacks"] = new JsonArray(),
                    ["openai"] = new JsonObject { ["apiKey"] = "${VOICE_CRED}" },
                },
            },
        };
        File.WriteAllText(dir.File("openclaw.json"), config.ToJsonString());
        return new Dictionary<string, string>
        {
            ["OPENCLAW_CONFIG_PATH"] = dir.File("openclaw.json"),
            ["OPENCLAW_KITTENTTS_BIN"] = kittenBin,
            ["LLM_CRED"] = RefKey,
            ["MY_LLM"] = EnvKey,
            ["VOICE_CRED"] = TtsKey,
            ["OPENCLAW_TEST_VISIBLE"] = Visible,
        };
    }

    public static void AssertNoKey(string output) =>
        Assert.That(output, Does.Not.Contain(RefKey).And.Not.Contain(EnvKey).And.Not.Contain(TtsKey));
}
