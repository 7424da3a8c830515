using System.Text.Json.Serialization;
using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary><c>sessions.delete</c>: remove every file of a session.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface ISessionsDelete
{
    /// <summary>Sends <c>sessions.delete</c>; the answer and the errors are those of protocol/openclaw.openrpc.json.</summary>
    [JsonRpcMethod("sessions.delete", UseSingleObjectParameterDeserialization = true)]
    Task<SessionsDeleteResult> InvokeAsync(SessionKeyParams? parameters = null, CancellationToken cancellationToken = default);
}

/// <summary>The answer to <c>sessions.delete</c>: <c>deleted</c> is false for an unknown key.</summary>
[TypeShape(Kind = TypeShapeKind.None)]
public sealed record SessionsDeleteResult(
    [property: JsonPropertyName("sessionKey")] string SessionKey,
    [property: JsonPropertyName("deleted")] bool Deleted,
    [property: JsonPropertyName("removedFiles")] int RemovedFiles);
