using OpenClaw.Rpc.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>StreamJsonRpc with this runtime's error policy (<see cref="RpcErrorMapping"/>).</summary>
internal sealed class OpenClawJsonRpc(IJsonRpcMessageHandler handler, RuntimeLog log, SecretRedactor secrets) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception) =>
        RpcErrorMapping.FromException(exception, request.Method ?? "(unknown)", log, secrets);
}
