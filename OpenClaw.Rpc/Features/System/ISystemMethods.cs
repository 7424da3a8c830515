using System.Text.Json;
using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.System;

/// <summary>The system methods every track serves. <c>exit</c> is handled by the host itself.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ISystemMethods
{
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    Task<InitializeResult> InitializeAsync(InitializeParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    Task InitializedAsync(EmptyParams? parameters = null);

    [JsonRpcMethod("shutdown", UseSingleObjectParameterDeserialization = true)]
    Task ShutdownAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("rpc.discover", UseSingleObjectParameterDeserialization = true)]
    Task<JsonElement> DiscoverAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("health", UseSingleObjectParameterDeserialization = true)]
    Task<HealthResult> HealthAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("status", UseSingleObjectParameterDeserialization = true)]
    Task<StatusResult> StatusAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}
