using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Diagnostics;

public sealed class ConfigGetTests
{
    private const string Key = "sk-config-get-secret-55555";

    [Test]
    public async Task Each_value_says_where_it_came_from_and_secrets_are_redacted()
    {
        var environment = new Dictionary<string, string> { ["OPENAI_API_KEY"] = Key, ["OPENCLAW_MAX_IN_FLIGHT"] = "7" };
        await using var harness = RpcHarness.Start(RuntimeTrack.Edge, environment: environment,
            configJson: "{\"messages\":{\"tts\":{\"timeoutMs\":1234}},\"voice\":{\"timeoutMs\":999}}");
        JsonAssert.Result(await harness.CallAsync("tts.setProvider", "{\"provider\":\"espeak\"}"));
        JsonElement result = JsonAssert.Result(await harness.CallAsync("config.get", id: 2));

        Assert.That(result.GetProperty("configLoaded").GetBoolean(), Is.True);
        Assert.That(Setting(result, "runtime.rpc.maxInFlight"), Is.EqualTo("7 env"));
        Assert.That(Setting(result, "runtime.rpc.maxMessageBytes"), Is.EqualTo("16777216 default"));
        Assert.That(Setting(result, "messages.tts.timeoutMs"), Is.EqualTo("1234 file"));
        Assert.That(Setting(result, "messages.tts.provider"), Is.EqualTo("\"espeak\" prefs"));
        Assert.That(Setting(result, "messages.tts.openai.apiKey"), Is.EqualTo("\"[redacted]\" env"));
        Assert.That(Setting(result, "messages.tts.elevenlabs.apiKey"), Is.EqualTo("null default"));
        Assert.That(Setting(result, "voice.timeoutMs"), Is.EqualTo("999 file"));
        Assert.That(Setting(result, "stateDir"), Is.EqualTo($"\"{harness.StateDir}\" flag"));
        Assert.That(result.GetRawText() + harness.Log, Does.Not.Contain(Key));
    }

    private static string Setting(JsonElement result, string key)
    {
        JsonElement setting = result.GetProperty("settings").EnumerateArray().Single(s => s.GetProperty("key").GetString() == key);
        return $"{setting.GetProperty("value").GetRawText()} {setting.GetProperty("source").GetString()}";
    }
}
