using System.Buffers;
using System.Text.Json;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Protocol;
using StreamJsonRpc.Protocol;

namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// The one place a failure becomes a JSON-RPC error object. A handler's <see cref="RpcException"/> goes on the wire as
/// its code, message and data; a params binding failure is -32602 with the path; cancellation is -32800; anything else
/// is a bare -32603 whose details go to the log only (StreamJsonRpc's default would put the exception type and stack
/// trace in <c>error.data</c>). Errors StreamJsonRpc raises itself are rewritten into the same shape, and the gate's
/// own refusals are written here too.
/// </summary>
internal static class RpcErrorMapping
{
    /// <summary>The error object for an exception a handler threw while serving <paramref name="method"/>.</summary>
    public static JsonRpcError.ErrorDetail FromException(Exception exception, string method, RuntimeLog log)
    {
        Exception inner = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        switch (inner)
        {
            case RpcException rpc:
                return Detail(rpc.Code, rpc.Message, rpc.Data);
            // StreamJsonRpc raises this when params do not bind; handlers catch their own JSON errors, so a
            // JsonException reaching here always concerns the request's params.
            case JsonException json:
                string path = EchoedInput.Quote(json.Path ?? "$");
                return Detail(RpcErrorCodes.InvalidParams, $"Invalid params: the value at {path} has the wrong type or shape",
                    new RpcErrorData { Kind = RpcErrorKinds.InvalidParams, Path = path });
            case OperationCanceledException:
                return Detail(RpcErrorCodes.RequestCancelled, "Request cancelled", new RpcErrorData { Kind = RpcErrorKinds.Cancelled });
            default:
                log.Error($"{method} failed: {inner}");
                return Detail(RpcErrorCodes.InternalError, "Internal error", new RpcErrorData { Kind = RpcErrorKinds.Internal });
        }
    }

    /// <summary>
    /// Rewrites an error StreamJsonRpc raised itself (not a handler): it carries no <see cref="RpcErrorData"/> and
    /// describes .NET signatures in its message. Errors made by <see cref="FromException"/> pass untouched.
    /// </summary>
    public static void Normalize(JsonRpcError response)
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
        response.Error = Detail(code, message, new RpcErrorData { Kind = kind });
    }

    /// <summary>A whole error response, for messages the gate refuses before anything is dispatched.</summary>
    public static byte[] Response(byte[]? idJson, int code, string message, RpcErrorData data)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WireJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WritePropertyName("id");
            if (idJson is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteRawValue(idJson, skipInputValidation: true);
            }

            writer.WriteStartObject("error");
            writer.WriteNumber("code", code);
            writer.WriteString("message", EchoedInput.Message(message));
            writer.WritePropertyName("data");
            JsonSerializer.Serialize(writer, data, ProtocolJsonContext.Default.RpcErrorData);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static JsonRpcError.ErrorDetail Detail(int code, string message, RpcErrorData data) =>
        new() { Code = (JsonRpcErrorCode)code, Message = EchoedInput.Message(message), Data = data };
}
