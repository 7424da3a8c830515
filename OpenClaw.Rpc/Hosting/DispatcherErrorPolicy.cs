using System.Text.Json;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Errors raised by StreamJsonRpc itself (not by a handler) carry no <c>data.kind</c> and describe .NET
/// signatures in their message. They are rewritten here into the protocol's shape; handler errors, which
/// always carry a kind, pass untouched.
/// </summary>
internal static class DispatcherErrorPolicy
{
    public static byte[] Apply(byte[] response)
    {
        using JsonDocument document = JsonDocument.Parse(response);
        JsonElement root = document.RootElement;
        if (!root.TryGetProperty("error", out JsonElement error)
            || (error.TryGetProperty("data", out JsonElement data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("kind", out _)))
        {
            return response;
        }

        int code = error.TryGetProperty("code", out JsonElement c) && c.TryGetInt32(out int parsed) ? parsed : RpcErrorCodes.InternalError;
        RejectedMessage replacement = code switch
        {
            RpcErrorCodes.InvalidParams => new RejectedMessage(code,
                "Invalid params: the params do not match the method (pass one params object; see rpc.discover)",
                new RpcErrorData { Kind = RpcErrorKinds.InvalidParams }),
            RpcErrorCodes.MethodNotFound => new RejectedMessage(code, "Method not found", new RpcErrorData { Kind = RpcErrorKinds.MethodNotFound }),
            RpcErrorCodes.RequestCancelled => new RejectedMessage(code, "Request cancelled", new RpcErrorData { Kind = RpcErrorKinds.Cancelled }),
            _ => new RejectedMessage(RpcErrorCodes.InternalError, "Internal error", new RpcErrorData { Kind = RpcErrorKinds.Internal }),
        };
        byte[]? id = root.TryGetProperty("id", out JsonElement idElement) && idElement.ValueKind != JsonValueKind.Null
            ? System.Text.Encoding.UTF8.GetBytes(idElement.GetRawText())
            : null;
        return ErrorResponse.Create(id, replacement);
    }
}
