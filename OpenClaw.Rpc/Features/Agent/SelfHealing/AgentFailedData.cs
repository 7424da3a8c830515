using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Agent.SelfHealing;

/// <summary>The <c>error.data</c> of a failed agent run: what self-healing did (<c>runtime.selfHealing</c>).</summary>
internal sealed record AgentFailedData : RpcErrorData
{
    [JsonPropertyName("runtime")]
    [JsonPropertyOrder(1)]
    public required RunTelemetry Runtime { get; init; }
}
