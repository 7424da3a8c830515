using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary><c>sessions.reset</c>: archive the transcript and start the key afresh.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ISessionsReset
{
    [JsonRpcMethod("sessions.reset", UseSingleObjectParameterDeserialization = true)]
    Task<SessionsResetResult> InvokeAsync(SessionKeyParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>The answer to <c>sessions.reset</c>: the new session id; <c>archivedPath</c> is null when nothing was archived.</summary>
internal sealed record SessionsResetResult(
    [property: JsonPropertyName("sessionKey")] string SessionKey,
    [property: JsonPropertyName("sessionId")] string SessionId,
    [property: JsonPropertyName("archivedPath"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ArchivedPath);
