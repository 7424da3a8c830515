using OpenClaw.Rpc.Features.Agent;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>
/// Answers ACP <c>authenticate</c>: <c>{}</c> when the default chain has a provider that can be called now (a key is
/// set, or it is a keyless local server), else an auth error naming what to set.
/// </summary>
internal sealed class AcpAuthenticateHandler(AgentChainPlanner planner) : IAcpAuthenticate
{
    public Task<AcpEmptyResult> InvokeAsync(AcpAuthenticateParams? parameters = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (parameters?.MethodId != AcpInitializeHandler.AuthMethodId)
        {
            throw RpcException.InvalidParams("$.methodId", $"methodId must be \"{AcpInitializeHandler.AuthMethodId}\", the method initialize offered");
        }

        var chain = planner.DefaultChain();
        if (chain.Any(c => c.Provider.Configured))
        {
            return Task.FromResult(new AcpEmptyResult());
        }

        string what = chain.Count == 0
            ? "set OPENAI_API_KEY, ANTHROPIC_API_KEY or OPENROUTER_API_KEY, or declare a provider under models.providers in the config"
            : $"set {string.Join(" or ", chain.Select(c => c.Provider.KeySource).Distinct(StringComparer.Ordinal))}";
        throw AcpErrors.NoUsableProvider(what);
    }
}
