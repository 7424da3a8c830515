using OpenClaw.Rpc.Protocol;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Agent;

/// <summary>The agent methods (both tracks).</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IAgentMethods
{
    [JsonRpcMethod("agent.run", UseSingleObjectParameterDeserialization = true)]
    Task<AgentRunResult> RunAsync(AgentRunParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("agent.providers", UseSingleObjectParameterDeserialization = true)]
    Task<AgentProvidersResult> ProvidersAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default);
}
