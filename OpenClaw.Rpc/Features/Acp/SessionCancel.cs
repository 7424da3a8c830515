using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>ACP <c>session/cancel</c> (a notification): stop the session's running prompt.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ISessionCancel
{
    [JsonRpcMethod("session/cancel", UseSingleObjectParameterDeserialization = true)]
    Task InvokeAsync(SessionCancelParams? parameters = null);
}

[TypeShape(Kind = TypeShapeKind.None)]
internal sealed record SessionCancelParams([property: JsonPropertyName("sessionId")] string? SessionId = null);
