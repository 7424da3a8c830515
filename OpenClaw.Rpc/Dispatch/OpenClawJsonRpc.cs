using System.Text.Json;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// StreamJsonRpc with this runtime's error policy: an <see cref="RpcException"/> goes on the wire as its
/// code, message and data; cancellation is -32800; anything else is a bare -32603 whose details go to the log
/// only (the library's default would put the exception type and stack trace in <c>error.data</c>).
/// </summary>
internal sealed class OpenClawJsonRpc(IJsonRpcMessageHandler handler, RuntimeLog log) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        Exception inner = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        switch (inner)
        {
            case RpcException rpc:
                return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)rpc.Code, Message = rpc.Message, Data = rpc.Data };
            // StreamJsonRpc raises this when params do not bind; handlers catch their own JSON errors, so a
            // JsonException reaching here always concerns the request's params.
            case JsonException json:
                string path = json.Path ?? "$";
                return new JsonRpcError.ErrorDetail
                {
                    Code = JsonRpcErrorCode.InvalidParams,
                    Message = $"Invalid params: the value at {path} has the wrong type or shape",
                    Data = new RpcErrorData { Kind = RpcErrorKinds.InvalidParams, Path = path },
                };
            case OperationCanceledException:
                return new JsonRpcError.ErrorDetail
                {
                    Code = JsonRpcErrorCode.RequestCanceled,
                    Message = "Request cancelled",
                    Data = new RpcErrorData { Kind = RpcErrorKinds.Cancelled },
                };
            default:
                log.Error($"{request.Method} failed: {inner}");
                return new JsonRpcError.ErrorDetail
                {
                    Code = JsonRpcErrorCode.InternalError,
                    Message = "Internal error",
                    Data = new RpcErrorData { Kind = RpcErrorKinds.Internal },
                };
        }
    }
}
