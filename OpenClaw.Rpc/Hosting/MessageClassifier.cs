using System.Text.Json;
using System.Text.Unicode;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Hosting;

/// <summary>
/// Checks one frame against JSON-RPC 2.0 before it reaches the dispatcher: valid JSON, an object (batches are
/// refused, see protocol/README.md), <c>"jsonrpc":"2.0"</c>, a string or integer id, a string method and
/// structured params. Rejections carry the request id when it could be read, else null.
/// </summary>
internal static class MessageClassifier
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static InboundMessage Classify(byte[] payload)
    {
        ReadOnlyMemory<byte> json = payload.AsSpan().StartsWith(Bom) ? payload.AsMemory(Bom.Length) : payload;

        // JsonDocument checks UTF-8 only inside the strings a handler reads, so a bad byte in a param the method
        // ignores would be served; protocol/errors.md promises -32700 for any invalid UTF-8. The check is vectorised.
        if (!Utf8.IsValid(json.Span))
        {
            return Reject(payload, null, RpcErrorCodes.ParseError, RpcErrorKinds.ParseError, "Parse error: the message is not valid UTF-8");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return Reject(payload, null, RpcErrorCodes.ParseError, RpcErrorKinds.ParseError,
                $"Parse error: invalid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}");
        }

        using (document)
        {
            try
            {
                return Classify(json.Length == payload.Length ? payload : json.ToArray(), document.RootElement);
            }
            catch (InvalidOperationException)
            {
                // JsonDocument checks UTF-8 inside strings only when a string is read.
                return Reject(payload, null, RpcErrorCodes.ParseError, RpcErrorKinds.ParseError, "Parse error: a string is not valid UTF-8");
            }
        }
    }

    private static InboundMessage Classify(byte[] payload, JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root.GetArrayLength() == 0
                ? Reject(payload, null, RpcErrorCodes.InvalidRequest, RpcErrorKinds.InvalidRequest, "Invalid request: empty batch")
                : Reject(payload, null, RpcErrorCodes.InvalidRequest, RpcErrorKinds.BatchNotSupported,
                    "Invalid request: batches are not supported; send each request as its own message");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Invalid(payload, null, "a message must be a JSON object");
        }

        bool hasId = root.TryGetProperty("id", out JsonElement id);
        if (hasId && !IsValidId(id))
        {
            return Invalid(payload, null, "id must be a string or an integer");
        }

        byte[]? idJson = hasId ? RawIdBytes(id) : null;
        if (!root.TryGetProperty("jsonrpc", out JsonElement version) || version.ValueKind != JsonValueKind.String
            || version.GetString() != "2.0")
        {
            return Invalid(payload, idJson, "\"jsonrpc\" must be \"2.0\"");
        }

        bool hasMethod = root.TryGetProperty("method", out JsonElement method);
        if (!hasMethod && hasId && (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _)))
        {
            return new InboundMessage(InboundKind.Response, null, idJson, payload) { IdKey = JsonEnvelope.IdKey(id) };
        }

        if (!hasMethod || method.ValueKind != JsonValueKind.String || method.GetString() is not { Length: > 0 } name)
        {
            return Invalid(payload, idJson, "\"method\" must be a non-empty string");
        }

        if (root.TryGetProperty("params", out JsonElement parameters)
            && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null))
        {
            return Invalid(payload, idJson, "\"params\" must be an object, an array or null");
        }

        if (parameters.ValueKind == JsonValueKind.Array)
        {
            return Reject(payload, idJson, RpcErrorCodes.InvalidParams, RpcErrorKinds.InvalidParams,
                "Invalid params: params must be an object (by name); positional arrays are not supported");
        }

        return new InboundMessage(hasId ? InboundKind.Request : InboundKind.Notification, name, idJson, payload)
        {
            IdKey = hasId ? JsonEnvelope.IdKey(id) : null,
        };
    }

    private static bool IsValidId(JsonElement id) =>
        id.ValueKind == JsonValueKind.String || (id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out _));

    private static byte[] RawIdBytes(JsonElement id) => System.Text.Encoding.UTF8.GetBytes(id.GetRawText());

    private static InboundMessage Invalid(byte[] payload, byte[]? idJson, string reason) =>
        Reject(payload, idJson, RpcErrorCodes.InvalidRequest, RpcErrorKinds.InvalidRequest, $"Invalid request: {reason}");

    private static InboundMessage Reject(byte[] payload, byte[]? idJson, int code, string kind, string message) =>
        new(InboundKind.Invalid, null, idJson, payload, new RejectedMessage(code, message, new RpcErrorData { Kind = kind }));
}
