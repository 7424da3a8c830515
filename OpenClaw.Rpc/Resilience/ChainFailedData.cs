using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Resilience;

/// <summary>The <c>error.data</c> of a chain where every provider failed or was skipped: what happened to each attempt.</summary>
internal sealed record ChainFailedData : RpcErrorData
{
    [JsonPropertyName("attempts")]
    [JsonPropertyOrder(1)]
    public required IReadOnlyList<ProviderAttempt> Attempts { get; init; }
}
