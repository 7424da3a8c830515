using System.Reflection;
using System.Text.Json;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Processes;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Protocol;

/// <summary>The protocol document, the methods each track registers and the examples must agree.</summary>
public sealed class ConformanceTests
{
    private static readonly string[] Tracks = ["core", "edge"];
    private static readonly string[] MethodFields =
        ["name", "summary", "description", "paramStructure", "params", "result", "errors", "examples", "tags", "deprecated", "servers", "links", "externalDocs"];

    private static readonly JsonElement Document = ProtocolFiles.OpenRpc();

    [Test]
    public void The_document_is_OpenRPC_1_3_2_with_tracks_and_an_example_for_every_method()
    {
        Assert.That(Document.GetProperty("openrpc").GetString(), Is.EqualTo("1.3.2"));
        var schema = new MiniJsonSchema(Document);
        foreach (JsonElement method in Methods())
        {
            string name = method.GetProperty("name").GetString()!;
            foreach (JsonProperty field in method.EnumerateObject())
            {
                Assert.That(MethodFields.Contains(field.Name) || field.Name.StartsWith("x-", StringComparison.Ordinal), Is.True,
                    $"{name}: field {field.Name} is neither OpenRPC nor x-prefixed");
            }

            string[] tracks = TracksOf(method);
            Assert.That(tracks, Is.EquivalentTo(Tracks).Or.EquivalentTo(new[] { "edge" }), $"{name}: x-openclaw-tracks");
            Assert.That(method.GetProperty("params").ValueKind, Is.EqualTo(JsonValueKind.Array), name);
            Assert.That(method.GetProperty("result").TryGetProperty("schema", out _), Is.True, $"{name}: result schema");
            Assert.That(method.GetProperty("examples").GetArrayLength(), Is.GreaterThan(0), $"{name}: needs an example");
            foreach (JsonElement error in method.TryGetProperty("errors", out JsonElement errors) ? errors.EnumerateArray() : default)
            {
                JsonElement resolved = error.TryGetProperty("$ref", out JsonElement reference) ? schema.Resolve(reference.GetString()!) : error;
                Assert.That(resolved.GetProperty("code").GetInt32(), Is.LessThan(0), $"{name}: error code");
            }

            foreach (JsonElement example in method.GetProperty("examples").EnumerateArray())
            {
                schema.AssertValid(example.GetProperty("result").GetProperty("value"), method.GetProperty("result").GetProperty("schema"), $"{name} example");
            }
        }
    }

    [TestCase("core")]
    [TestCase("edge")]
    public async Task Each_track_registers_exactly_the_methods_the_document_gives_it(string trackName)
    {
        RuntimeTrack track = ParseTrack(trackName);
        await using var harness = RpcHarness.Start(track);
        JsonElement capabilities = JsonAssert.Result(await harness.CallAsync("initialize")).GetProperty("capabilities");
        string[] registered = [.. capabilities.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!)];
        string[] documented = [.. Methods().Where(m => TracksOf(m).Contains(trackName)).Select(m => m.GetProperty("name").GetString()!)];
        Assert.That(registered, Is.EquivalentTo(documented));

        JsonElement discovered = JsonAssert.Result(await harness.CallAsync("rpc.discover", id: 2));
        Assert.That(discovered.GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("name").GetString()), Is.EquivalentTo(documented));
    }

    [TestCase("core")]
    [TestCase("edge")]
    public async Task Every_documented_request_example_gets_an_answer_valid_against_its_result_schema(string trackName)
    {
        RuntimeTrack track = ParseTrack(trackName);
        var schema = new MiniJsonSchema(Document);
        int id = 100;
        await using var llm = new FakeLlmServer().Always("local", LlmReply.OpenAiText("Hello! How can I help?"));
        foreach (JsonElement method in Methods().Where(m => TracksOf(m).Contains(trackName)))
        {
            string name = method.GetProperty("name").GetString()!;
            if (name is "exit" or "initialized")
            {
                continue; // notifications: covered by the transcripts
            }

            foreach (JsonElement example in method.GetProperty("examples").EnumerateArray())
            {
                string[] missing = [.. Requires(example).Where(tool => !ExecutableResolver.Resolve(tool).Found)];
                if (missing.Length > 0)
                {
                    TestContext.Progress.WriteLine($"skipped the {name} example: {string.Join(", ", missing)} not installed (./build.sh deps)");
                    continue;
                }

                // A fresh session per example, so shutdown's example does not refuse the ones after it. The config
                // names espeak so that core may use it, and a local LLM provider on a fake server; hello.wav is a real
                // WAV file in the working directory.
                string config = "{\"messages\":{\"tts\":{\"espeak\":{}}},\"models\":{\"providers\":{\"local\":{\"baseUrl\":\"" + llm.BaseUrl("local")
                    + "\",\"models\":[{\"id\":\"llama3.2\"}]}}},\"agents\":{\"defaults\":{\"model\":{\"primary\":\"local/llama3.2\"}}}}";
                await using var harness = RpcHarness.Start(track, configJson: config);
                TestAudio.WriteTone(Path.Combine(Environment.CurrentDirectory, "hello.wav"));
                string parameters = "{" + string.Join(",", example.GetProperty("params").EnumerateArray()
                    .Select(p => $"\"{p.GetProperty("name").GetString()}\":{p.GetProperty("value").GetRawText()}")) + "}";
                if (name == "initialize")
                {
                    parameters = parameters.Replace("\"processId\":4242", $"\"processId\":{Environment.ProcessId}", StringComparison.Ordinal);
                }

                JsonElement result = JsonAssert.Result(await harness.CallAsync(name, parameters, ++id));
                schema.AssertValid(result, method.GetProperty("result").GetProperty("schema"), $"{trackName} {name}");
            }
        }
    }

    [Test]
    public async Task Every_example_transcript_plays_on_every_track_it_names([ValueSource(nameof(TranscriptNames))] string example,
        [Values("core", "edge")] string trackName, [Values("newline", "content-length")] string framing)
    {
        RuntimeTrack track = ParseTrack(trackName);
        JsonElement transcript = ExampleTranscript.Load(example, track);
        if (!ExampleTranscript.AppliesTo(transcript, track))
        {
            return;
        }

        await using var harness = RpcHarness.Start(track);
        await ExampleTranscript.PlayAsync(transcript, harness, TestFraming.Parse(framing),
            async () => await harness.CloseInputAsync(), async () => (await harness.Session.WaitAsync(TimeSpan.FromSeconds(10))).ExitCode);
    }

    [Test]
    public void Errors_md_lists_every_code_and_kind_the_runtime_uses()
    {
        string errors = ProtocolFiles.Text("errors.md");
        foreach (FieldInfo field in typeof(RpcErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            Assert.That(errors, Does.Contain($"`{field.GetValue(null)}`"), $"errors.md misses code {field.Name}");
        }

        foreach (FieldInfo field in typeof(RpcErrorKinds).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            Assert.That(errors, Does.Contain($"`{field.GetValue(null)}`"), $"errors.md misses kind {field.Name}");
        }
    }

    public static IEnumerable<string> TranscriptNames() => ExampleTranscript.Names();

    private static IEnumerable<string> Requires(JsonElement example) =>
        example.TryGetProperty("x-openclaw-requires", out JsonElement tools) ? tools.EnumerateArray().Select(t => t.GetString()!) : [];

    private static IEnumerable<JsonElement> Methods() => Document.GetProperty("methods").EnumerateArray();

    private static string[] TracksOf(JsonElement method) => [.. method.GetProperty("x-openclaw-tracks").EnumerateArray().Select(t => t.GetString()!)];

    private static RuntimeTrack ParseTrack(string name) => name == "core" ? RuntimeTrack.Core : RuntimeTrack.Edge;
}
