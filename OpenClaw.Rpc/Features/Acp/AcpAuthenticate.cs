using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>ACP <c>authenticate</c>: confirms the model chain has a usable provider; nothing is sent to check.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IAcpAuthenticate
{
    [JsonRpcMethod("authenticate", UseSingleObjectParameterDeserialization = true)]
    Task<AcpEmptyResult> InvokeAsync(AcpAuthenticateParams? parameters = null, CancellationToken cancellationToken = default);
}

[TypeShape(Kind = TypeShapeKind.None)]
internal sealed record AcpAuthenticateParams([property: JsonPropertyName("methodId")] string? MethodId = null);

/// <summary>An answer with nothing to say (<c>{}</c>).</summary>
[TypeShape(Kind = TypeShapeKind.None)]
internal sealed record AcpEmptyResult;
