namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>Routes each sessions method to its handler.</summary>
internal sealed class SessionsMethods(
    SessionsListHandler list,
    SessionsHistoryHandler history,
    SessionsResetHandler reset,
    SessionsDeleteHandler delete) : ISessionsMethods
{
    public Task<SessionsListResult> ListAsync(SessionsListParams? parameters = null, CancellationToken cancellationToken = default) =>
        list.InvokeAsync(parameters ?? new SessionsListParams(null), cancellationToken);

    public Task<SessionsHistoryResult> HistoryAsync(SessionsHistoryParams? parameters = null, CancellationToken cancellationToken = default) =>
        history.InvokeAsync(parameters ?? new SessionsHistoryParams(null, null), cancellationToken);

    public Task<SessionsResetResult> ResetAsync(SessionKeyParams? parameters = null, CancellationToken cancellationToken = default) =>
        reset.InvokeAsync(parameters ?? new SessionKeyParams(null), cancellationToken);

    public Task<SessionsDeleteResult> DeleteAsync(SessionKeyParams? parameters = null, CancellationToken cancellationToken = default) =>
        delete.InvokeAsync(parameters ?? new SessionKeyParams(null), cancellationToken);
}
