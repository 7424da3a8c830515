using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary><c>sessions.reset</c>: archive the transcript and start the key afresh.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface ISessionsReset
{
    /// <summary>Sends <c>sessions.reset</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("sessions.reset", UseSingleObjectParameterDeserialization = true)]
    Task<SessionsResetResult> InvokeAsync(SessionKeyParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>The answer to <c>sessions.reset</c>: the new session id; <c>archivedPath</c> is null when nothing was archived.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record SessionsResetResult(
    [property: JsonPropertyName("sessionKey")] string SessionKey,
    [property: JsonPropertyName("sessionId")] string SessionId,
    [property: JsonPropertyName("archivedPath"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ArchivedPath);
