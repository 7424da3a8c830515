using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Protocol;

/// <summary>
/// The <c>error.data</c> object of every error this runtime sends. Areas whose errors carry more (a chain's attempts, an
/// agent run's report) derive from it; their members follow these on the wire.
/// </summary>
public record RpcErrorData
{
    /// <summary>A stable string from <see cref="RpcErrorKinds"/>.</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>Whether sending the same request again may succeed.</summary>
    [JsonPropertyName("retryable")]
    public bool Retryable { get; init; }

    /// <summary>How long to wait before retrying, when known.</summary>
    [JsonPropertyName("retryAfterMs")]
    public int? RetryAfterMs { get; init; }

    /// <summary>The JSON path of the offending param, for invalid params.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; init; }

    /// <summary>Values the client may choose from, for example supported protocol versions.</summary>
    [JsonPropertyName("supported")]
    public IReadOnlyList<string>? Supported { get; init; }

}
