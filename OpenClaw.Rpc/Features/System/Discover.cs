using System.Text.Json;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.System;

/// <summary><c>rpc.discover</c>: the OpenRPC document of the running track (only the methods it serves).</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface IDiscover
{
    /// <summary>Sends <c>rpc.discover</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("rpc.discover", UseSingleObjectParameterDeserialization = true)]
    Task<JsonElement> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}
