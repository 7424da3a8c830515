using System.Text.Json.Serialization;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Params of <c>sessions.reset</c> and <c>sessions.delete</c>.</summary>
public sealed record SessionKeyParams([property: JsonPropertyName("sessionKey")] string? SessionKey = null);
