using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Params of <c>sessions.reset</c> and <c>sessions.delete</c>.</summary>
internal sealed record SessionKeyParams([property: JsonPropertyName("sessionKey")] string? SessionKey = null);
