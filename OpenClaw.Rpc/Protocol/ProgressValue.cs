using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Protocol;

/// <summary>One <c>$/progress</c> value; <c>delta</c> carries streamed text.</summary>
public sealed record ProgressValue([property: JsonPropertyName("delta")] string Delta);
