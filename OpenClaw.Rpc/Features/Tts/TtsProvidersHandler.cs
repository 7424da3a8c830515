using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>Answers <c>tts.providers</c>: every provider, whether it is configured and usable, never a key.</summary>
internal sealed class TtsProvidersHandler(TtsChainPlanner planner) : ITtsProviders
{
    public async Task<TtsProvidersResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default)
    {
        var providers = new List<TtsProviderInfo>();
        foreach (string id in TtsProviderIds.All)
        {
            ITtsProvider provider = planner.Find(id)!;
            TtsProviderState state = provider.Inspect();
            providers.Add(new TtsProviderInfo(id, provider.Name, provider.IsOffline ? "offline" : "cloud", state.Configured,
                state.Configured && state.Available, state.Reason, state.Path, await provider.VersionAsync(cancellationToken).ConfigureAwait(false),
                state.KeyPresent, state.Formats));
        }

        return new TtsProvidersResult(providers, planner.Selected);
    }
}
