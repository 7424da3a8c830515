using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>The errors ACP defines beyond JSON-RPC's own (its schema's <c>ErrorCode</c>), with this runtime's <c>data.kind</c>.</summary>
internal static class AcpErrors
{
    /// <summary>ACP "Authentication required".</summary>
    public const int AuthRequired = -32000;

    /// <summary>ACP "Resource not found".</summary>
    public const int ResourceNotFound = -32002;

    public static RpcException SessionNotFound(string sessionId) =>
        new(ResourceNotFound, $"Resource not found: no session {EchoedInput.Quote(sessionId)} in this state dir",
            new RpcErrorData { Kind = "sessionNotFound", Path = "$.sessionId" });

    public static RpcException NoUsableProvider(string what) =>
        new(AuthRequired, $"Authentication required: no model provider is usable; {what}", new RpcErrorData { Kind = "authRequired" });
}
