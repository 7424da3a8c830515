using System.Globalization;
using OpenClaw.Rpc.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// StreamJsonRpc with this runtime's error policy (<see cref="RpcErrorMapping"/>), the served request's id for its
/// handler (<see cref="CurrentRequest"/>), and ids for the runtime's own requests to the client that cannot be
/// mistaken for the client's: <c>"openclaw-1"</c>, <c>"openclaw-2"</c> ...
/// </summary>
internal sealed class OpenClawJsonRpc(IJsonRpcMessageHandler handler, RuntimeLog log, SecretRedactor secrets) : JsonRpc(handler)
{
    /// <summary>The prefix of every id the runtime gives its own requests.</summary>
    public const string OutboundIdPrefix = "openclaw-";

    private long _nextOutboundId;

    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception) =>
        RpcErrorMapping.FromException(exception, request.Method ?? "(unknown)", log, secrets);

    protected override RequestId CreateNewRequestId() =>
        new(OutboundIdPrefix + Interlocked.Increment(ref _nextOutboundId).ToString(CultureInfo.InvariantCulture));

    protected override ValueTask<JsonRpcMessage> DispatchRequestAsync(JsonRpcRequest request, TargetMethod targetMethod, CancellationToken cancellationToken)
    {
        CurrentRequest.Set(request.RequestId);
        return base.DispatchRequestAsync(request, targetMethod, cancellationToken);
    }
}
