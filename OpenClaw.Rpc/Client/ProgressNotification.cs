using System.Text.Json;
using System.Text.Json.Serialization;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Client;

/// <summary>The params of <c>$/progress</c>.</summary>
internal sealed record ProgressNotification(
    [property: JsonPropertyName("token")] JsonElement Token,
    [property: JsonPropertyName("value")] ProgressValue? Value);
