using System.Collections.Concurrent;
using OpenClaw.Rpc.Logging;
using StreamJsonRpc.Protocol;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// The runtime's own requests to the client (<c>agent.requestApproval</c> ...) still awaiting an answer. Only the first
/// response to one of them reaches StreamJsonRpc: a response it did not ask for would end its read loop.
/// </summary>
internal sealed class AwaitedAnswers(RuntimeLog log)
{
    private readonly ConcurrentDictionary<string, byte> _ids = new(StringComparer.Ordinal);
    private GatewayMessageHandler? _handler;

    /// <summary>The handler that carries messages to StreamJsonRpc for this connection.</summary>
    public void Attach(GatewayMessageHandler handler) => _handler = handler;

    /// <summary>Notes a request the runtime is sending, if it expects an answer.</summary>
    public void Sending(JsonRpcMessage message)
    {
        if (message is JsonRpcRequest { IsResponseExpected: true } request)
        {
            _ids.TryAdd(JsonEnvelope.IdKey(request.RequestId), 0);
        }
    }

    /// <summary>Hands a response from the client to StreamJsonRpc when it answers a request still waiting; drops it otherwise.</summary>
    public ValueTask DeliverAsync(InboundMessage response, CancellationToken cancellationToken)
    {
        if (response.IdKey is { } id && _ids.TryRemove(id, out _))
        {
            return _handler!.DeliverAsync(response.Payload, cancellationToken);
        }

        log.Debug("ignored a response from the client that answers no request of the runtime");
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A delivered answer the formatter could not read (an error that is not an object ...) becomes an error answer,
    /// so the request it answers ends now instead of waiting for its run's bound.
    /// </summary>
    public ValueTask UnreadableAsync(InboundMessage response, Exception error)
    {
        log.Warn($"the client's answer to a request of the runtime could not be read ({error.Message}); it counts as an error answer");
        byte[] answer = [.. "{\"jsonrpc\":\"2.0\",\"id\":"u8, .. response.IdJson!,
            .. ",\"error\":{\"code\":-32600,\"message\":\"the client's answer could not be read\"}}"u8];
        return _handler!.DeliverAsync(answer, CancellationToken.None);
    }
}
