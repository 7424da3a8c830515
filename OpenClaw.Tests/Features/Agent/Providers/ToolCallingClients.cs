using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenClaw.Rpc.Features.Agent;
using OpenClaw.Rpc.Features.Agent.Providers;
using OpenClaw.Rpc.Resilience;
using OpenClaw.Tests.Support;

namespace OpenClaw.Tests.Features.Agent.Providers;

/// <summary>
/// Chat clients pointed at a <see cref="FakeLlmServer"/> (OpenAI style as provider <c>a</c>, Anthropic as <c>c</c>), the
/// tools and the conversation the tool-calling tests share, and a streamed answer gathered into text and calls.
/// </summary>
internal static class ToolCallingClients
{
    public const string ListSchema = "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"}},\"required\":[\"path\"]}";

    public static IChatClient OpenAi(FakeLlmServer server) => new OpenAiCompatibleChatClient(OpenAiProvider(server, "a"), Http());

    public static IChatClient Anthropic(FakeLlmServer server) => new AnthropicChatClient(AnthropicProvider(server, "c"), Http());

    /// <summary>A keyless OpenAI-compatible provider <paramref name="id"/> on <paramref name="server"/> with model <c>m1</c>.</summary>
    public static AgentProviderOptions OpenAiProvider(FakeLlmServer server, string id) =>
        new(id, ProviderApis.OpenAiCompletions, server.BaseUrl(id), null, "A_API_KEY", false, [new AgentModelOptions("m1", null)], true);

    /// <summary>An Anthropic provider <paramref name="id"/> on <paramref name="server"/> with model <c>m1</c> and a test key.</summary>
    public static AgentProviderOptions AnthropicProvider(FakeLlmServer server, string id) =>
        new(id, ProviderApis.AnthropicMessages, server.Root + "/" + id, "sk-test-tools", "C_API_KEY", true, [new AgentModelOptions("m1", null)], true);

    /// <summary><c>files__list_directory</c> (with <see cref="ListSchema"/>) and <c>files__read_file</c>.</summary>
    public static ChatOptions Tools() => new()
    {
        Tools =
        [
            AIFunctionFactory.CreateDeclaration("files__list_directory", "List a directory", Schema(ListSchema)),
            AIFunctionFactory.CreateDeclaration("files__read_file", "Read a file", Schema("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}")),
        ],
    };

    /// <summary>
    /// system, user, an assistant turn with text and two calls, both results (the second a denial) as two tool messages,
    /// an assistant turn with one call and no text, its result, then a plain assistant answer and a user message.
    /// </summary>
    public static List<ChatMessage> ConversationWithToolCalls() =>
    [
        new(ChatRole.System, "be brief"),
        new(ChatRole.User, "what is in /notes?"),
        new(ChatRole.Assistant, [new TextContent("Let me look."), new FunctionCallContent("call_1", "files__list_directory", ToolArguments.Parse("{\"path\":\"/notes\"}")),
            new FunctionCallContent("call_2", "files__read_file", new Dictionary<string, object?> { ["name"] = "a.txt", ["lines"] = 2 })]),
        new(ChatRole.Tool, [ToolResults.Completed("call_1", "a.txt\nb.txt")]),
        new(ChatRole.Tool, [ToolResults.Failed("call_2", "Tool call denied: not approved by the user")]),
        new(ChatRole.Assistant, [new FunctionCallContent("call_3", "files__read_file", ToolArguments.Parse("{\"name\":\"b.txt\"}"))]),
        new(ChatRole.Tool, [ToolResults.Completed("call_3", "hello")]),
        new(ChatRole.Assistant, "b.txt says hello."),
        new(ChatRole.User, "thanks"),
    ];

    public static async Task<StreamedAnswer> StreamAsync(IChatClient client, IEnumerable<ChatMessage> messages, ChatOptions? options,
        CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var calls = new List<FunctionCallContent>();
        ChatFinishReason? finish = null;
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            text.Append(update.Text);
            calls.AddRange(update.Contents.OfType<FunctionCallContent>());
            finish = update.FinishReason ?? finish;
        }

        return new StreamedAnswer(text.ToString(), calls, finish);
    }

    /// <summary>"id:name{arguments}" per call, the arguments as written back to a provider, for compact assertions.</summary>
    public static string[] Describe(IEnumerable<FunctionCallContent> calls) => [.. calls.Select(c => $"{c.CallId}:{c.Name}{ToolArguments.Write(c.Arguments)}")];

    private static ProviderHttp Http() => new(ProviderHttp.DefaultHandler, TimeProvider.System);

    private static JsonElement Schema(string json) => JsonDocument.Parse(json).RootElement.Clone();
}

/// <summary>A streamed answer gathered: its text, the calls in the order they were completed, and its finish reason.</summary>
internal sealed record StreamedAnswer(string Text, IReadOnlyList<FunctionCallContent> Calls, ChatFinishReason? FinishReason);
