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

    private static readonly OpenRpcSchemas Schemas = OpenRpcSchemas.Shipped;
    private static readonly JsonElement Document = Schemas.Document;

    [Test]
    public void The_document_is_OpenRPC_1_3_2_with_tracks_and_an_example_for_every_method()
    {
        Assert.That(Document.GetProperty("openrpc").GetString(), Is.EqualTo("1.3.2"));
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
                JsonElement resolved = error.TryGetProperty("$ref", out JsonElement reference) ? Schemas.Resolve(reference.GetString()!) : error;
                Assert.That(resolved.GetProperty("code").GetInt32(), Is.LessThan(0), $"{name}: error code");
            }

            foreach (JsonElement example in method.GetProperty("examples").EnumerateArray())
            {
                OpenRpcSchemas.AssertValid(Schemas.Result(name), example.GetProperty("result").GetProperty("value"), $"{name} example result");
            }
        }
    }

    [Test]
    public void Every_example_gives_each_required_param_and_only_documented_params_valid_against_their_schemas()
    {
        foreach (JsonElement method in Methods())
        {
            string name = method.GetProperty("name").GetString()!;
            string[] required = [.. method.GetProperty("params").EnumerateArray()
                .Where(p => p.TryGetProperty("required", out JsonElement r) && r.GetBoolean()).Select(p => p.GetProperty("name").GetString()!)];
            foreach (JsonElement example in method.GetProperty("examples").EnumerateArray())
            {
                JsonElement[] given = [.. example.GetProperty("params").EnumerateArray()];
                Assert.That(given.Select(p => p.GetProperty("name").GetString()), Is.SupersetOf(required), $"{name} example: required params");
                foreach (JsonElement param in given)
                {
                    OpenRpcSchemas.AssertValid(Schemas.Param(name, param.GetProperty("name").GetString()!), param.GetProperty("value"),
                        $"{name} example param {param.GetProperty("name").GetString()}");
                }
            }
        }
    }

    [Test]
    public void Every_documented_error_is_an_error_object_the_document_allows()
    {
        foreach (JsonProperty error in Document.GetProperty("components").GetProperty("errors").EnumerateObject())
        {
            OpenRpcSchemas.AssertValid(Schemas.Error(), error.Value, $"components/errors/{error.Name}");
        }
    }

    [Test]
    public void Every_named_schema_has_its_name_as_title()
    {
        foreach (JsonProperty schema in Document.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            Assert.That(schema.Value.TryGetProperty("title", out JsonElement title) ? title.GetString() : null, Is.EqualTo(schema.Name), $"components/schemas/{schema.Name}");
        }
    }

    [Test]
    public void Every_method_lists_its_errors_including_those_any_request_can_meet()
    {
        string[] anyRequest = ["InvalidParams", "ShuttingDown", "ServerOverloaded", "RequestCancelled", "InternalError"];
        foreach (JsonElement method in Methods())
        {
            string name = method.GetProperty("name").GetString()!;
            string[] listed = [.. method.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("$ref").GetString()!)];
            Assert.That(listed, Is.SupersetOf(anyRequest.Select(e => $"#/components/errors/{e}")), name);
            Assert.That(listed, Is.Unique, name);
            Assert.That(listed.Select(r => Schemas.Resolve(r).GetProperty("code").GetInt32()), Is.All.LessThan(0), name);
        }
    }

    [Test]
    public void Notifications_are_described_apart_from_methods_with_a_direction_and_params()
    {
        string[] notifications = [.. Notifications().Select(n => n.GetProperty("name").GetString()!)];
        Assert.That(notifications, Is.EquivalentTo(new[] { "initialized", "exit", "$/cancelRequest", "$/progress" }));
        Assert.That(Methods().Select(m => m.GetProperty("name").GetString()!).Intersect(notifications), Is.Empty, "a notification is not a method");
        foreach (JsonElement notification in Notifications())
        {
            Assert.That(notification.GetProperty("direction").GetString(), Is.AnyOf("clientToServer", "serverToClient"));
            Assert.That(notification.GetProperty("params").ValueKind, Is.EqualTo(JsonValueKind.Array));
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
        string[] handledNotifications = [.. Notifications().Where(n => n.GetProperty("direction").GetString() == "clientToServer" && TracksOf(n).Contains(trackName))
            .Select(n => n.GetProperty("name").GetString()!).Where(n => !n.StartsWith("$/", StringComparison.Ordinal))];
        Assert.That(registered, Is.EquivalentTo(documented.Concat(handledNotifications)));

        JsonElement discovered = JsonAssert.Result(await harness.CallAsync("rpc.discover", id: 2));
        Assert.That(discovered.GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("name").GetString()), Is.EquivalentTo(documented));
        Assert.That(discovered.GetProperty("x-notifications").EnumerateArray().Select(n => n.GetProperty("name").GetString()),
            Is.EquivalentTo(Notifications().Select(n => n.GetProperty("name").GetString())));
    }

    [TestCaseSource(nameof(RequestExamples))]
    [CancelAfter(60_000)]
    public async Task Every_documented_request_example_gets_an_answer_valid_against_its_result_schema(string trackName, string name, int index,
        CancellationToken cancellationToken)
    {
        JsonElement example = Schemas.Method(name).GetProperty("examples")[index];
        Tools.Require([.. Requires(example)]);

        // A fresh session per example, so shutdown's example does not refuse the ones after it. The config names
        // espeak so that core may use it, and a local LLM provider on a fake server; hello.wav is a real WAV file in
        // the working directory.
        await using var llm = new FakeLlmServer().Always("local", LlmReply.OpenAiText("Hello! How can I help?"));
        string config = "{\"messages\":{\"tts\":{\"espeak\":{}}},\"models\":{\"providers\":{\"local\":{\"baseUrl\":\"" + llm.BaseUrl("local")
            + "\",\"models\":[{\"id\":\"llama3.2\"}]}}},\"agents\":{\"defaults\":{\"model\":{\"primary\":\"local/llama3.2\"}}}}";
        await using var harness = RpcHarness.Start(ParseTrack(trackName), configJson: config);
        TestAudio.WriteTone(Path.Combine(Environment.CurrentDirectory, "hello.wav"));
        string parameters = "{" + string.Join(",", example.GetProperty("params").EnumerateArray()
            .Select(p => $"\"{p.GetProperty("name").GetString()}\":{p.GetProperty("value").GetRawText()}")) + "}";
        if (name == "initialize")
        {
            parameters = parameters.Replace("\"processId\":4242", $"\"processId\":{Environment.ProcessId}", StringComparison.Ordinal);
        }

        JsonElement result = JsonAssert.Result(await harness.CallAsync(name, parameters, 100 + index, cancellationToken));
        OpenRpcSchemas.AssertValid(Schemas.Result(name), result, $"{trackName} {name}");
    }

    [TestCaseSource(typeof(ConformanceNames), nameof(ConformanceNames.TranscriptPlays))]
    [CancelAfter(60_000)]
    public async Task Every_example_transcript_plays_on_every_track_it_names(string example, string trackName, string framing,
        CancellationToken cancellationToken)
    {
        RuntimeTrack track = ParseTrack(trackName);
        JsonElement transcript = ExampleTranscript.Load(example, track);
        await using var harness = RpcHarness.Start(track);
        await ExampleTranscript.PlayAsync(transcript, harness, TestFraming.Parse(framing),
            async () => await harness.CloseInputAsync(), async () => (await harness.Session.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken)).ExitCode,
            cancellationToken);
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

    /// <summary>Each request example of each method a track serves; notifications are not methods and are covered by the transcripts.</summary>
    public static IEnumerable<TestCaseData> RequestExamples() =>
        from track in Tracks
        from method in Methods().Where(m => TracksOf(m).Contains(track))
        let name = method.GetProperty("name").GetString()!
        from index in Enumerable.Range(0, method.GetProperty("examples").GetArrayLength())
        select new TestCaseData(track, name, index);

    private static IEnumerable<string> Requires(JsonElement example) =>
        example.TryGetProperty("x-openclaw-requires", out JsonElement tools) ? tools.EnumerateArray().Select(t => t.GetString()!) : [];

    private static IEnumerable<JsonElement> Methods() => Document.GetProperty("methods").EnumerateArray();

    private static IEnumerable<JsonElement> Notifications() => Document.GetProperty("x-notifications").EnumerateArray();

    private static string[] TracksOf(JsonElement method) => [.. method.GetProperty("x-openclaw-tracks").EnumerateArray().Select(t => t.GetString()!)];

    private static RuntimeTrack ParseTrack(string name) => name == "core" ? RuntimeTrack.Core : RuntimeTrack.Edge;
}
