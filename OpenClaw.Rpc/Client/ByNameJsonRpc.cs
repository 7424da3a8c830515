using System.Text.Json;
using OpenClaw.Rpc.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace OpenClaw.Rpc.Client;

/// <summary>
/// The client's connection. The runtime takes params by name only (positional arrays are <c>-32602</c>), while a
/// proxy sends its one params object as a one-element array: each outgoing request's object becomes the params object.
/// Error data is read as <see cref="RpcErrorData"/>, so <c>data.kind</c> is at hand.
/// </summary>
internal sealed class ByNameJsonRpc(IJsonRpcMessageHandler handler, JsonSerializerOptions options) : JsonRpc(handler)
{
    protected override ValueTask SendAsync(JsonRpcMessage message, CancellationToken cancellationToken)
    {
        if (message is JsonRpcRequest { ArgumentsList: { Count: <= 1 } arguments } request)
        {
            var named = new Dictionary<string, object?>(StringComparer.Ordinal);
            var types = new Dictionary<string, Type>(StringComparer.Ordinal);
            if (arguments is [{ } single])
            {
                Type declared = request.ArgumentListDeclaredTypes is [{ } type] ? type : single.GetType();
                foreach (JsonProperty member in JsonSerializer.SerializeToElement(single, options.GetTypeInfo(declared)).EnumerateObject())
                {
                    named[member.Name] = member.Value;
                    types[member.Name] = typeof(JsonElement);
                }
            }

            request.NamedArguments = named;
            request.NamedArgumentDeclaredTypes = types;
        }

        return base.SendAsync(message, cancellationToken);
    }

    protected override Type GetErrorDetailsDataType(JsonRpcError error) => typeof(RpcErrorData);

    // StreamJsonRpc reports -32602 as a missing method; the runtime means the params, and says which in data.kind.
    protected override RemoteRpcException CreateExceptionFromRpcError(JsonRpcRequest request, JsonRpcError response)
    {
        RemoteRpcException exception = base.CreateExceptionFromRpcError(request, response);
        return exception is RemoteMethodNotFoundException && response.Error is { Code: JsonRpcErrorCode.InvalidParams } error
            ? new RemoteInvocationException(error.Message, (int)error.Code, error.Data, error.Data)
            : exception;
    }
}
