using System.Text.Json;
using System.Text.Json.Nodes;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Acp;

/// <summary>
/// An ACP client over the in-memory host: sends requests and notifications, collects the <c>session/update</c>
/// notifications that precede each answer, and checks every message the runtime sends against the ACP schema.
/// </summary>
internal sealed class AcpConnection(RpcHarness harness)
{
    private static readonly Dictionary<string, string> Responses = new(StringComparer.Ordinal)
    {
        ["initialize"] = "InitializeResponse",
        ["authenticate"] = "AuthenticateResponse",
        ["session/new"] = "NewSessionResponse",
        ["session/load"] = "LoadSessionResponse",
        ["session/list"] = "ListSessionsResponse",
        ["session/prompt"] = "PromptResponse",
    };

    private int _nextId;

    public RpcHarness Harness => harness;

    /// <summary>Sends a request and reads up to its answer; the updates read on the way are returned with it.</summary>
    public async Task<AcpExchange> RequestAsync(string method, string paramsJson, CancellationToken cancellationToken)
    {
        int id = await SendRequestAsync(method, paramsJson);
        return await ReadAnswerAsync(method, id, cancellationToken);
    }

    public async Task<int> SendRequestAsync(string method, string paramsJson)
    {
        int id = Interlocked.Increment(ref _nextId);
        await harness.SendLineAsync($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"{method}\",\"params\":{JsonNode.Parse(paramsJson)!.ToJsonString()}}}");
        return id;
    }

    public Task NotifyAsync(string method, string paramsJson) =>
        harness.SendLineAsync($"{{\"jsonrpc\":\"2.0\",\"method\":\"{method}\",\"params\":{JsonNode.Parse(paramsJson)!.ToJsonString()}}}");

    /// <summary>Reads the next message, which must be a session update; returns its <c>update</c>.</summary>
    public async Task<JsonElement> ReadUpdateAsync(CancellationToken cancellationToken)
    {
        JsonElement message = await harness.ReadAsync(cancellationToken);
        Assert.That(message.GetProperty("method").GetString(), Is.EqualTo("session/update"), message.GetRawText());
        AcpSchema.Shipped.AssertValid("SessionNotification", message.GetProperty("params"));
        return message.GetProperty("params").GetProperty("update");
    }

    public async Task<AcpExchange> ReadAnswerAsync(string method, int id, CancellationToken cancellationToken)
    {
        var updates = new List<JsonElement>();
        while (true)
        {
            JsonElement message = await harness.ReadAsync(cancellationToken);
            if (!message.TryGetProperty("id", out JsonElement got))
            {
                Assert.That(message.GetProperty("method").GetString(), Is.EqualTo("session/update"), message.GetRawText());
                AcpSchema.Shipped.AssertValid("SessionNotification", message.GetProperty("params"));
                updates.Add(message.GetProperty("params"));
                continue;
            }

            Assert.That(got.GetInt32(), Is.EqualTo(id), "answers come in order in these tests");
            if (message.TryGetProperty("error", out JsonElement error))
            {
                AcpSchema.Shipped.AssertValid("Error", error);
            }
            else
            {
                AcpSchema.Shipped.AssertValid(Responses[method], message.GetProperty("result"));
            }

            return new AcpExchange(message, updates);
        }
    }

    /// <summary>initialize, then session/new in <paramref name="cwd"/>; returns the session id.</summary>
    public async Task<string> NewSessionAsync(string cwd, CancellationToken cancellationToken)
    {
        JsonAssert.Result((await RequestAsync("initialize", "{\"protocolVersion\":1,\"clientCapabilities\":{}}", cancellationToken)).Response);
        return NewSessionId(await RequestAsync("session/new", $"{{\"cwd\":{JsonSerializer.Serialize(cwd)},\"mcpServers\":[]}}", cancellationToken));
    }

    public Task<AcpExchange> PromptAsync(string sessionId, string text, CancellationToken cancellationToken) =>
        RequestAsync("session/prompt", $"{{\"sessionId\":\"{sessionId}\",\"prompt\":[{{\"type\":\"text\",\"text\":{JsonSerializer.Serialize(text)}}}]}}", cancellationToken);

    private static string NewSessionId(AcpExchange exchange) => JsonAssert.Result(exchange.Response).GetProperty("sessionId").GetString()!;
}

/// <summary>An answer and the session updates sent before it.</summary>
internal sealed record AcpExchange(JsonElement Response, IReadOnlyList<JsonElement> Updates)
{
    /// <summary>The text of the <c>agent_message_chunk</c> updates, joined.</summary>
    public string AgentText => string.Concat(Chunks("agent_message_chunk"));

    public IEnumerable<string> Chunks(string kind) => Updates
        .Select(u => u.GetProperty("update"))
        .Where(u => u.GetProperty("sessionUpdate").GetString() == kind)
        .Select(u => u.GetProperty("content").GetProperty("text").GetString()!);
}
