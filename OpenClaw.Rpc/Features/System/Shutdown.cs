using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.System;

/// <summary><c>shutdown</c>: after its answer only <c>exit</c> is accepted, and <c>exit</c> then ends with code 0.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IShutdown
{
    [JsonRpcMethod("shutdown", UseSingleObjectParameterDeserialization = true)]
    Task InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}
