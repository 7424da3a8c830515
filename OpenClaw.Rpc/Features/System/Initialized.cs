using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.System;

/// <summary><c>initialized</c> (a notification): the client finished initializing; nothing to do.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IInitialized
{
    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    Task InvokeAsync(EmptyParams? parameters = null);
}
