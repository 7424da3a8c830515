using PolyType;
using StreamJsonRpc;

namespace OpenClaw.Rpc.Client;

/// <summary>The one request the runtime sends its client: <c>agent.requestApproval</c>, asked only of a client that declared <c>capabilities.approvals</c>.</summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal partial interface IApprovalRequests
{
    [JsonRpcMethod("agent.requestApproval", UseSingleObjectParameterDeserialization = true)]
    Task<ApprovalAnswer> RequestApprovalAsync(ApprovalRequest? request = null, CancellationToken cancellationToken = default);
}
