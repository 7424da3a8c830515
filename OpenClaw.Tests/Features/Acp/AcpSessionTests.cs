using System.Text.Json;
using OpenClaw.Rpc.Features.Acp;
using OpenClaw.Tests.Features.Agent;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Acp;

/// <summary>
/// The ACP dialect over the in-memory host against the fake LLM server: ACP sessions are durable sessions, prompts run
/// the agent engine, and every message sent is valid against the ACP schema.
/// </summary>
public sealed class AcpSessionTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Initialize_advertises_load_list_embedded_context_and_an_agent_auth_method(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(dialect: AcpDialect.Name);
        var acp = new AcpConnection(harness);
        JsonElement result = JsonAssert.Result((await acp.RequestAsync("initialize", "{\"protocolVersion\":1,\"clientCapabilities\":{}}", cancellationToken)).Response);
        Assert.That(result.GetProperty("protocolVersion").GetInt32(), Is.EqualTo(1));
        JsonElement capabilities = result.GetProperty("agentCapabilities");
        Assert.That(capabilities.GetProperty("loadSession").GetBoolean(), Is.True);
        Assert.That(capabilities.GetProperty("sessionCapabilities").GetProperty("list").ValueKind, Is.EqualTo(JsonValueKind.Object));
        Assert.That(capabilities.GetProperty("promptCapabilities").GetProperty("image").GetBoolean(), Is.False);
        JsonElement auth = result.GetProperty("authMethods").EnumerateArray().Single();
        Assert.That(auth.TryGetProperty("type", out _), Is.False, "no type means the agent handles auth");
        Assert.That(auth.GetProperty("description").GetString(), Is.Not.Empty);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Authenticate_succeeds_with_a_usable_provider_and_names_what_to_set_without_one(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer();
        await using (var configured = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment(), dialect: AcpDialect.Name))
        {
            var acp = new AcpConnection(configured);
            JsonAssert.Result((await acp.RequestAsync("authenticate", "{\"methodId\":\"openclaw-config\"}", cancellationToken)).Response);
            JsonAssert.IsError((await acp.RequestAsync("authenticate", "{\"methodId\":\"oauth\"}", cancellationToken)).Response, -32602, "invalidParams");
        }

        await using var bare = RpcHarness.Start(dialect: AcpDialect.Name);
        JsonElement refused = (await new AcpConnection(bare).RequestAsync("authenticate", "{\"methodId\":\"openclaw-config\"}", cancellationToken)).Response;
        JsonAssert.IsError(refused, -32000, "authRequired");
        Assert.That(refused.GetProperty("error").GetProperty("message").GetString(), Does.Contain("OPENAI_API_KEY"));
        Assert.That(server.Requests, Is.Empty, "no request is sent to check a provider");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_new_session_is_listed_natively_at_once_and_a_prompt_streams_its_answer_into_the_durable_session(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Always("a", LlmReply.OpenAiStream(["Hel", "lo, ", "Ada"]));
        await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment(), dialect: AcpDialect.Name);
        var acp = new AcpConnection(harness);
        string cwd = Path.Combine(harness.StateDir, "project");
        string sessionId = await acp.NewSessionAsync(cwd, cancellationToken);
        Assert.That(sessionId, Does.Match("^acp-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        await using (var native = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment(), stateDir: harness.StateDir))
        {
            JsonElement listed = JsonAssert.Result(await native.CallAsync("sessions.list", cancellationToken: cancellationToken)).GetProperty("sessions").EnumerateArray().Single();
            Assert.That(listed.GetProperty("sessionKey").GetString(), Is.EqualTo(sessionId));
            Assert.That(listed.GetProperty("cwd").GetString(), Is.EqualTo(cwd));
            Assert.That(listed.GetProperty("messageCount").GetInt32(), Is.Zero);
        }

        AcpExchange prompt = await acp.PromptAsync(sessionId, "Say hello\nto Ada please", cancellationToken);
        Assert.That(JsonAssert.Result(prompt.Response).GetProperty("stopReason").GetString(), Is.EqualTo("end_turn"));
        Assert.That(prompt.Chunks("agent_message_chunk"), Is.EqualTo(new[] { "Hel", "lo, ", "Ada" }));
        Assert.That(prompt.Updates.Select(u => u.GetProperty("sessionId").GetString()), Is.All.EqualTo(sessionId));

        await using var reader = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment(), stateDir: harness.StateDir);
        JsonElement history = JsonAssert.Result(await reader.CallAsync("sessions.history", $"{{\"sessionKey\":\"{sessionId}\"}}", cancellationToken: cancellationToken));
        Assert.That(history.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()),
            Is.EqualTo(new[] { "Say hello\nto Ada please", "Hello, Ada" }));
        JsonElement summary = JsonAssert.Result(await reader.CallAsync("sessions.list", cancellationToken: cancellationToken)).GetProperty("sessions")[0];
        Assert.That(summary.GetProperty("title").GetString(), Is.EqualTo("Say hello"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Load_replays_a_native_session_before_answering_and_the_next_prompt_sees_its_history(CancellationToken cancellationToken)
    {
        await using var server = new FakeLlmServer().Script("a", LlmReply.OpenAiText("first answer"), LlmReply.OpenAiStream(["second answer"]));
        string stateDir;
        await using (var native = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment()))
        {
            JsonAssert.Result(await native.CallAsync("agent.run", "{\"message\":\"first question\",\"sessionKey\":\"demo\"}", cancellationToken: cancellationToken));
            stateDir = native.StateDir;
            await using var harness = RpcHarness.Start(configJson: AgentConfig.For(server), environment: AgentConfig.Environment(), stateDir: stateDir,
                dialect: AcpDialect.Name);
            var acp = new AcpConnection(harness);
            AcpExchange load = await acp.RequestAsync("session/load", $"{{\"sessionId\":\"demo\",\"cwd\":{JsonSerializer.Serialize(stateDir)},\"mcpServers\":[]}}",
                cancellationToken);
            JsonAssert.Result(load.Response);
            Assert.That(load.Updates.Select(u => u.GetProperty("update").GetProperty("sessionUpdate").GetString()),
                Is.EqualTo(new[] { "user_message_chunk", "agent_message_chunk" }));
            Assert.That(load.Chunks("user_message_chunk").Single(), Is.EqualTo("first question"));
            Assert.That(load.AgentText, Is.EqualTo("first answer"));

            AcpExchange next = await acp.PromptAsync("demo", "second question", cancellationToken);
            Assert.That(next.AgentText, Is.EqualTo("second answer"));
            Assert.That(server.RequestsTo("a")[1].Json.GetProperty("messages").GetArrayLength(), Is.EqualTo(3), "history of one turn, then the prompt");
        }
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task List_pages_newest_first_and_filters_by_cwd(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(dialect: AcpDialect.Name);
        var acp = new AcpConnection(harness);
        string here = Path.Combine(harness.StateDir, "here"), there = Path.Combine(harness.StateDir, "there");
        var created = new List<string>();
        for (int i = 0; i < 52; i++)
        {
            created.Add(JsonAssert.Result((await acp.RequestAsync("session/new", $"{{\"cwd\":{JsonSerializer.Serialize(i == 0 ? there : here)},\"mcpServers\":[]}}",
                cancellationToken)).Response).GetProperty("sessionId").GetString()!);
        }

        JsonElement first = JsonAssert.Result((await acp.RequestAsync("session/list", "{}", cancellationToken)).Response);
        Assert.That(first.GetProperty("sessions").GetArrayLength(), Is.EqualTo(50));
        string cursor = first.GetProperty("nextCursor").GetString()!;
        JsonElement second = JsonAssert.Result((await acp.RequestAsync("session/list", $"{{\"cursor\":\"{cursor}\"}}", cancellationToken)).Response);
        Assert.That(second.GetProperty("sessions").GetArrayLength(), Is.EqualTo(2));
        Assert.That(second.TryGetProperty("nextCursor", out _), Is.False, "no cursor when nothing remains");
        string[] all = [.. first.GetProperty("sessions").EnumerateArray().Concat(second.GetProperty("sessions").EnumerateArray())
            .Select(s => s.GetProperty("sessionId").GetString()!)];
        Assert.That(all, Is.EquivalentTo(created));
        string[] updated = [.. first.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("updatedAt").GetString()!)];
        Assert.That(updated, Is.Ordered.Descending.Using((IComparer<string>)StringComparer.Ordinal));

        JsonElement filtered = JsonAssert.Result((await acp.RequestAsync("session/list", $"{{\"cwd\":{JsonSerializer.Serialize(there)}}}", cancellationToken)).Response);
        Assert.That(filtered.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("sessionId").GetString()), Is.EqualTo(new[] { created[0] }));
        JsonAssert.IsError((await acp.RequestAsync("session/list", "{\"cursor\":\"bm90IG91cnM\"}", cancellationToken)).Response, -32602, "invalidParams");
    }

    [TestCase("session/prompt", "{\"sessionId\":\"acp-missing\",\"prompt\":[{\"type\":\"text\",\"text\":\"hi\"}]}")]
    [TestCase("session/load", "{\"sessionId\":\"acp-missing\",\"cwd\":\"/tmp\",\"mcpServers\":[]}")]
    [CancelAfter(60_000)]
    public async Task An_unknown_session_is_resource_not_found(string method, string parameters, CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(dialect: AcpDialect.Name);
        JsonElement response = (await new AcpConnection(harness).RequestAsync(method, parameters, cancellationToken)).Response;
        JsonAssert.IsError(response, -32002, "sessionNotFound");
        Assert.That(response.GetProperty("error").GetProperty("message").GetString(), Does.Contain("acp-missing"));
    }

    [TestCase("session/new", "{\"cwd\":\"relative/dir\",\"mcpServers\":[]}", "$.cwd")]
    [TestCase("session/new", "{\"cwd\":\"/tmp\",\"mcpServers\":[{\"type\":\"http\",\"name\":\"web\",\"url\":\"http://127.0.0.1:9/mcp\",\"headers\":[]}]}", "$.mcpServers[0].type")]
    [TestCase("session/new", "{\"cwd\":\"/tmp\",\"mcpServers\":[{\"name\":\"files\",\"command\":\"npx\",\"args\":[],\"env\":[{\"name\":\"NODE_OPTIONS\",\"value\":\"--require /tmp/x.js\"}]}]}", "$.mcpServers[0].env[0].name")]
    [TestCase("session/new", "{\"cwd\":\"/tmp\",\"mcpServers\":[{\"name\":\"files\",\"args\":[],\"env\":[]}]}", "$.mcpServers[0].command")]
    [TestCase("session/new", "{\"cwd\":\"/tmp\",\"mcpServers\":[{\"name\":\"a b\",\"command\":\"x\"},{\"name\":\"a_b\",\"command\":\"y\"}]}", "$.mcpServers[1].name")]
    [TestCase("session/prompt", "{\"sessionId\":\"demo\",\"prompt\":[{\"type\":\"image\",\"data\":\"AA==\",\"mimeType\":\"image/png\"}]}", "$.prompt[0].type")]
    [TestCase("session/prompt", "{\"sessionId\":\"demo\",\"prompt\":[]}", "$.prompt")]
    [TestCase("session/prompt", "{\"sessionId\":\"demo\",\"prompt\":[{\"type\":\"resource\",\"resource\":{\"uri\":\"file:///a.bin\",\"blob\":\"AA==\"}}]}", "$.prompt[0].resource")]
    [CancelAfter(60_000)]
    public async Task Bad_params_name_the_param(string method, string parameters, string path, CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(dialect: AcpDialect.Name);
        JsonElement response = (await new AcpConnection(harness).RequestAsync(method, parameters, cancellationToken)).Response;
        JsonAssert.IsError(response, -32602, "invalidParams");
        Assert.That(response.GetProperty("error").GetProperty("data").GetProperty("path").GetString(), Is.EqualTo(path));
    }

    [TestCase("agent.run")]
    [TestCase("shutdown")]
    [TestCase("exit")]
    [CancelAfter(60_000)]
    public async Task Native_methods_are_not_served_in_acp_mode(string method, CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(dialect: AcpDialect.Name);
        JsonAssert.IsError(await harness.CallAsync(method, "{}", cancellationToken: cancellationToken), -32601, "methodNotFound");
        JsonAssert.Result((await new AcpConnection(harness).RequestAsync("session/list", "{}", cancellationToken)).Response);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_line_that_is_not_json_is_a_parse_error_and_the_connection_goes_on(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start(dialect: AcpDialect.Name);
        await harness.SendLineAsync("this is not json");
        JsonElement refused = await harness.ReadAsync(cancellationToken);
        JsonAssert.IsError(refused, -32700, "parseError");
        Assert.That(refused.GetProperty("id").ValueKind, Is.EqualTo(JsonValueKind.Null));
        JsonAssert.Result((await new AcpConnection(harness).RequestAsync("initialize", "{\"protocolVersion\":1}", cancellationToken)).Response);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Acp_methods_are_not_served_natively(CancellationToken cancellationToken)
    {
        await using var harness = RpcHarness.Start();
        JsonAssert.IsError(await harness.CallAsync("session/new", "{\"cwd\":\"/tmp\",\"mcpServers\":[]}", cancellationToken: cancellationToken), -32601, "methodNotFound");
        JsonElement initialize = JsonAssert.Result(await harness.CallAsync("initialize", cancellationToken: cancellationToken));
        Assert.That(initialize.GetProperty("capabilities").GetProperty("methods").EnumerateArray().Select(m => m.GetString()), Has.None.StartsWith("session/"));
    }
}
