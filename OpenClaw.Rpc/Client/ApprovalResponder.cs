namespace OpenClaw.Rpc.Client;

/// <summary>
/// Answers <c>agent.requestApproval</c> with <see cref="OpenClawClientOptions.OnApproval"/>. The token is cancelled when
/// the runtime withdraws the question (its run was cancelled); a request without params is answered as a rejection.
/// </summary>
internal sealed class ApprovalResponder(Func<ApprovalRequest, CancellationToken, Task<ApprovalAnswer>> answer) : IApprovalRequests
{
    public Task<ApprovalAnswer> RequestApprovalAsync(ApprovalRequest? request = null, CancellationToken cancellationToken = default) =>
        request is null ? Task.FromResult(ApprovalAnswer.RejectOnce) : answer(request, cancellationToken);
}
