using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>The <c>update</c> of a <c>session/update</c> notification: a chunk of a user or agent message.</summary>
internal sealed record AcpSessionUpdate(
    [property: JsonPropertyName("sessionUpdate")] string SessionUpdate,
    [property: JsonPropertyName("content")] AcpTextContent Content)
{
    public const string UserMessageChunk = "user_message_chunk";
    public const string AgentMessageChunk = "agent_message_chunk";
}

/// <summary>A text content block.</summary>
internal sealed record AcpTextContent(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("text")] string Text)
{
    public static AcpTextContent Of(string text) => new("text", text);
}
