using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.System;

/// <summary><c>shutdown</c>: after its answer only <c>exit</c> is accepted, and <c>exit</c> then ends with code 0.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface IShutdown
{
    /// <summary>Sends <c>shutdown</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("shutdown", UseSingleObjectParameterDeserialization = true)]
    Task InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}
