using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>Sends <c>session/update</c> notifications; each is awaited, so they reach the client before the answer they belong to.</summary>
internal sealed class AcpSessionUpdates(ClientNotifier notifier)
{
    private static readonly Dictionary<string, Type> TextTypes = new(StringComparer.Ordinal)
    {
        ["sessionId"] = typeof(string),
        ["update"] = typeof(AcpSessionUpdate),
    };

    private static readonly Dictionary<string, Type> ToolCallTypes = new(StringComparer.Ordinal)
    {
        ["sessionId"] = typeof(string),
        ["update"] = typeof(AcpToolCall),
    };

    public Task SendAsync(string sessionId, string kind, string text, CancellationToken cancellationToken) =>
        SendAsync(sessionId, new AcpSessionUpdate(kind, AcpTextContent.Of(text)), TextTypes, cancellationToken);

    /// <summary>Sends a <c>tool_call</c> or <c>tool_call_update</c>.</summary>
    public Task SendToolCallAsync(string sessionId, AcpToolCall update, CancellationToken cancellationToken) =>
        SendAsync(sessionId, update, ToolCallTypes, cancellationToken);

    private Task SendAsync(string sessionId, object update, Dictionary<string, Type> types, CancellationToken cancellationToken)
    {
        var arguments = new Dictionary<string, object?>(2, StringComparer.Ordinal)
        {
            ["sessionId"] = sessionId,
            ["update"] = update,
        };
        return notifier.NotifyAsync("session/update", arguments, types, cancellationToken);
    }
}
