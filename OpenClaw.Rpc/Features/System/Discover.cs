using System.Text.Json;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.System;

/// <summary><c>rpc.discover</c>: the OpenRPC document of the running track (only the methods it serves).</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IDiscover
{
    [JsonRpcMethod("rpc.discover", UseSingleObjectParameterDeserialization = true)]
    Task<JsonElement> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}
