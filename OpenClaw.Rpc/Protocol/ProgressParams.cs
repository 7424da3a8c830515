using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Protocol;

/// <summary>The params of a <c>$/progress</c> notification: the client's token and one progress value.</summary>
public sealed record ProgressParams(
    [property: JsonPropertyName("token")] JsonElement Token,
    [property: JsonPropertyName("value")] ProgressValue Value);

/// <summary>One progress value; <c>delta</c> carries streamed text.</summary>
public sealed record ProgressValue([property: JsonPropertyName("delta")] string Delta);
