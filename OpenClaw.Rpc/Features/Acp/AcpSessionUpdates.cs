using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>Sends <c>session/update</c> notifications; each is awaited, so they reach the client before the answer they belong to.</summary>
internal sealed class AcpSessionUpdates(ClientNotifier notifier)
{
    private static readonly Dictionary<string, Type> ArgumentTypes = new(StringComparer.Ordinal)
    {
        ["sessionId"] = typeof(string),
        ["update"] = typeof(AcpSessionUpdate),
    };

    public Task SendAsync(string sessionId, string kind, string text, CancellationToken cancellationToken)
    {
        var arguments = new Dictionary<string, object?>(2, StringComparer.Ordinal)
        {
            ["sessionId"] = sessionId,
            ["update"] = new AcpSessionUpdate(kind, AcpTextContent.Of(text)),
        };
        return notifier.NotifyAsync("session/update", arguments, ArgumentTypes, cancellationToken);
    }
}
