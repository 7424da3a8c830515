using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Features.Tools;
using OpenClaw.Rpc.Features.Tools.Mcp;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Features.Diagnostics;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Configuration.Upstream;

/// <summary>
/// An upstream OpenClaw config as is (<c>openclaw.json5</c> beside this file: JSON5, upstream's provider and TTS keys,
/// sections this runtime has no use for): it starts, what it does not implement is reported, not fatal, and upstream's
/// spellings of settings it has mean the same here.
/// </summary>
public sealed class UpstreamConfigTests
{
    private const string ElevenLabsKey = "xi-upstream-fixture-0099";

    internal static string Fixture() => File.ReadAllText(SourceTree.PathOf("OpenClaw.Tests/Configuration/Upstream/openclaw.json5"));

    [Test]
    [CancelAfter(60_000)]
    public async Task Doctor_reports_what_this_runtime_does_not_implement_as_warnings(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: Fixture(), environment: Keys());
        JsonElement doctor = JsonAssert.Result(await harness.CallAsync("doctor", cancellationToken: cancellationToken));

        JsonElement config = DoctorTests.Check(doctor, "config");
        Assert.That(config.GetProperty("status").GetString(), Is.EqualTo("warn"), config.ToString());
        Assert.That(config.GetProperty("message").GetString(), Does.StartWith("unknown keys (ignored): ")
            .And.Contain("logging.redactSensitive").And.Contain("messages.tts.auto").And.Contain("messages.tts.edge.voice")
            .And.Contain("messages.tts.providers.openai.speed").And.Not.Contain("voiceId").And.Not.Contain("gateway"));

        JsonElement tts = DoctorTests.Check(doctor, "tts");
        Assert.That(tts.GetProperty("status").GetString(), Is.EqualTo("warn"), tts.ToString());
        Assert.That(tts.GetProperty("message").GetString(), Does.Contain("selected provider microsoft is unavailable: not available in this runtime"));

        JsonElement providers = DoctorTests.Check(doctor, "providers");
        Assert.That(providers.GetProperty("status").GetString(), Is.EqualTo("warn"), providers.ToString());
        Assert.That(providers.GetProperty("detail").GetString(), Does.Contain("google/gemini-2.5-flash: not available in this runtime: api 'google-generative-ai'"));

        JsonElement mcp = DoctorTests.Check(doctor, "mcp");
        Assert.That(mcp.GetProperty("status").GetString(), Is.EqualTo("warn"), mcp.ToString());
        Assert.That(mcp.GetProperty("message").GetString(), Does.StartWith("docs: not available in this runtime: transport streamable-http"));
        Assert.That(mcp.GetProperty("detail").GetString(), Does.Contain("files: /").And.Contain("npx"), "the stdio server's command is found on PATH");
        Assert.That(doctor.GetProperty("ok").GetBoolean(), Is.True, "nothing in an upstream config is a failure");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Upstream_tts_keys_mean_the_same_here_and_an_upstream_only_provider_is_skipped_with_its_reason(CancellationToken cancellationToken)
    {
        await using var elevenlabs = new FakeHttpServer(_ => Task.FromResult(FakeResponse.Audio(new byte[4800])));
        string config = Fixture().Replace("https://api.elevenlabs.io", elevenlabs.BaseUrl.TrimEnd('/'), StringComparison.Ordinal);
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: config, environment: Keys());

        JsonElement converted = JsonAssert.Result(await harness.CallAsync("tts.convert", "{\"text\":\"hello\"}", cancellationToken: cancellationToken));

        Assert.That(converted.GetProperty("provider").GetString(), Is.EqualTo("elevenlabs"));
        JsonElement[] attempts = [.. converted.GetProperty("attempts").EnumerateArray()];
        Assert.That(attempts[0].GetProperty("provider").GetString(), Is.EqualTo("microsoft"), "edge is upstream's old name for it");
        Assert.That(attempts[0].GetProperty("outcome").GetString(), Is.EqualTo("skipped"));
        Assert.That(attempts[0].GetProperty("reason").GetString(), Does.StartWith("not available in this runtime"));
        RecordedRequest request = elevenlabs.Requests.Single();
        Assert.That(request.PathAndQuery, Does.StartWith("/v1/text-to-speech/pMsXgVXv3BLzUgSXRplE?"), "voiceId");
        using JsonDocument body = JsonDocument.Parse(request.Body);
        Assert.That(body.RootElement.GetProperty("model_id").GetString(), Is.EqualTo("eleven_multilingual_v2"), "modelId");
        JsonElement voiceSettings = body.RootElement.GetProperty("voice_settings");
        Assert.That(voiceSettings.GetProperty("stability").GetDouble(), Is.EqualTo(0.5));
        Assert.That(voiceSettings.GetProperty("similarity_boost").GetDouble(), Is.EqualTo(0.75));
        Assert.That(voiceSettings.GetProperty("style").GetDouble(), Is.Zero);
        Assert.That(voiceSettings.GetProperty("use_speaker_boost").GetBoolean(), Is.True);
        Assert.That(voiceSettings.GetProperty("speed").GetDouble(), Is.EqualTo(1.0));

        Dictionary<string, JsonElement> settings = await SettingsAsync(harness, cancellationToken);
        Assert.That(Value(settings, "messages.tts.provider"), Is.EqualTo("microsoft"));
        Assert.That(Value(settings, "messages.tts.elevenlabs.voice"), Is.EqualTo("pMsXgVXv3BLzUgSXRplE"));
        Assert.That(settings["messages.tts.elevenlabs.voice"].GetProperty("source").GetString(), Is.EqualTo("file"));
        Assert.That(Value(settings, "messages.tts.elevenlabs.model"), Is.EqualTo("eleven_multilingual_v2"));
        Assert.That(Value(settings, "messages.tts.openai.voice"), Is.EqualTo("coral"), "from messages.tts.providers.openai");
        Assert.That(Value(settings, "messages.tts.elevenlabs.apiKey"), Is.EqualTo("[redacted]"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task An_ollama_provider_runs_on_the_servers_openai_compatible_endpoint(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("ollama", LlmReply.OpenAiText("hello from llama"));
        string config = Fixture().Replace("http://127.0.0.1:11434", server.Root + "/ollama", StringComparison.Ordinal);
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: config, environment: Keys());

        JsonElement run = JsonAssert.Result(await harness.CallAsync("agent.run", "{\"message\":\"hi\"}", cancellationToken: cancellationToken));

        Assert.That(run.GetProperty("text").GetString(), Is.EqualTo("hello from llama"));
        Assert.That(server.RequestsTo("ollama").Single().Path, Is.EqualTo("/ollama/v1/chat/completions"));
        Dictionary<string, JsonElement> settings = await SettingsAsync(harness, cancellationToken);
        Assert.That(Value(settings, "models.providers.ollama.baseUrl"), Is.EqualTo(server.Root + "/ollama/v1"));
        Assert.That(Value(settings, "models.providers.ollama.api"), Is.EqualTo("openai-completions"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Upstream_mcp_and_tools_keys_mean_the_same_here(CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>(Keys()) { ["DOCS_MCP_TOKEN"] = "docs-token-upstream-0042" };
        await using var harness = RpcHarness.Start(RuntimeTrack.Core, configJson: Fixture(), environment: environment);

        ToolsOptions tools = harness.Services.GetRequiredService<ToolsOptions>();
        McpServerOptions files = tools.Servers.Single(s => s.Name == "files");
        Assert.That(files.Transport, Is.EqualTo(McpTransport.Stdio));
        Assert.That(files.Args, Is.EqualTo(new[] { "-y", "@modelcontextprotocol/server-filesystem", "/home/ada/notes" }));
        Assert.That(files.TimeoutSeconds, Is.EqualTo(30), "connectTimeout");
        Assert.That(files.Include, Is.EqualTo(new[] { "read_*", "list_directory" }));
        Assert.That(files.Exclude, Is.EqualTo(new[] { "write_*" }));
        McpServerOptions docs = tools.Servers.Single(s => s.Name == "docs");
        Assert.That(docs.Transport, Is.EqualTo(McpTransport.StreamableHttp));
        Assert.That(docs.Headers["authorization"], Is.EqualTo("Bearer docs-token-upstream-0042"), "${VAR} expanded; header names without case");
        Assert.That(tools.Allow, Is.EqualTo(new[] { "files__read_*" }));

        Dictionary<string, JsonElement> settings = await SettingsAsync(harness, cancellationToken);
        Assert.That(Value(settings, "mcp.servers.files.command"), Is.EqualTo("npx"));
        Assert.That(Value(settings, "mcp.servers.docs.transport"), Is.EqualTo("streamable-http"));
        Assert.That(Value(settings, "tools.ask"), Is.EqualTo("on-miss"));
        Assert.That(settings.Keys, Has.None.Contains(".env").And.None.Contains(".headers").And.None.Contains(".url"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task The_real_binary_starts_with_it(CancellationToken cancellationToken)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("openclaw.json"), Fixture());
        var environment = new Dictionary<string, string>(Keys()) { ["OPENCLAW_CONFIG_PATH"] = dir.File("openclaw.json") };

        CliRun run = await CliRun.ExecuteAsync(RuntimeTrack.Core, ["call", "tts.status"], environment: environment, cancellationToken: cancellationToken);

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        using JsonDocument status = JsonDocument.Parse(run.Stdout);
        Assert.That(status.RootElement.GetProperty("provider").GetString(), Is.EqualTo("microsoft"));
        Assert.That(run.Stdout + run.Stderr, Does.Not.Contain(ElevenLabsKey));
    }

    private static Dictionary<string, string> Keys() => new() { ["ELEVENLABS_API_KEY"] = ElevenLabsKey };

    private static async Task<Dictionary<string, JsonElement>> SettingsAsync(RpcHarness harness, CancellationToken cancellationToken) =>
        JsonAssert.Result(await harness.CallAsync("config.get", cancellationToken: cancellationToken)).GetProperty("settings").EnumerateArray()
            .ToDictionary(s => s.GetProperty("key").GetString()!, s => s.Clone());

    private static string? Value(Dictionary<string, JsonElement> settings, string key) => settings[key].GetProperty("value").GetString();
}
