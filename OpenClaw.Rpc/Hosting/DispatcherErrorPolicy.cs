using OpenClaw.Rpc.Protocol;
using StreamJsonRpc.Protocol;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Errors raised by StreamJsonRpc itself (not by a handler) carry no <see cref="RpcErrorData"/> and describe
/// .NET signatures in their message. They are rewritten here into the protocol's shape; handler errors, which
/// always carry <see cref="RpcErrorData"/>, pass untouched.
/// </summary>
internal static class DispatcherErrorPolicy
{
    public static void Apply(JsonRpcError response)
    {
        if (response.Error is not { } error || error.Data is RpcErrorData)
        {
            return;
        }

        (int code, string message, string kind) = (int)error.Code switch
        {
            RpcErrorCodes.InvalidParams => (RpcErrorCodes.InvalidParams,
                "Invalid params: the params do not match the method (pass one params object; see rpc.discover)", RpcErrorKinds.InvalidParams),
            RpcErrorCodes.MethodNotFound => (RpcErrorCodes.MethodNotFound, "Method not found", RpcErrorKinds.MethodNotFound),
            RpcErrorCodes.RequestCancelled => (RpcErrorCodes.RequestCancelled, "Request cancelled", RpcErrorKinds.Cancelled),
            _ => (RpcErrorCodes.InternalError, "Internal error", RpcErrorKinds.Internal),
        };
        response.Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message, Data = new RpcErrorData { Kind = kind } };
    }
}
