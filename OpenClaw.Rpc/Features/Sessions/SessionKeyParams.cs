using System.Text.Json.Serialization;
using PolyType;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Params of <c>sessions.reset</c> and <c>sessions.delete</c>.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record SessionKeyParams([property: JsonPropertyName("sessionKey")] string? SessionKey = null);
