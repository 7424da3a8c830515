using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>The session methods (both tracks): list, read, reset and delete conversations.</summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface ISessionsMethods
{
    [JsonRpcMethod("sessions.list", UseSingleObjectParameterDeserialization = true)]
    Task<SessionsListResult> ListAsync(SessionsListParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("sessions.history", UseSingleObjectParameterDeserialization = true)]
    Task<SessionsHistoryResult> HistoryAsync(SessionsHistoryParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("sessions.reset", UseSingleObjectParameterDeserialization = true)]
    Task<SessionsResetResult> ResetAsync(SessionKeyParams? parameters = null, CancellationToken cancellationToken = default);

    [JsonRpcMethod("sessions.delete", UseSingleObjectParameterDeserialization = true)]
    Task<SessionsDeleteResult> DeleteAsync(SessionKeyParams? parameters = null, CancellationToken cancellationToken = default);
}
