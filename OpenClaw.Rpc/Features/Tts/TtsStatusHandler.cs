using OpenClaw.Rpc.Audio;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>Answers <c>tts.status</c> without starting anything heavy (at most <c>espeak-ng --version</c>, once).</summary>
internal sealed class TtsStatusHandler(TtsOptions options, TtsPrefsStore prefs, TtsChainPlanner planner) : ITtsStatus
{
    public async Task<TtsStatusResult> InvokeAsync(EmptyParams? parameters = null, CancellationToken cancellationToken = default)
    {
        TtsPrefs current = prefs.Read();
        IReadOnlyList<string> chain = planner.EffectiveChain();
        var offline = new List<OfflineProviderStatus>();
        foreach (ITtsProvider provider in planner.All.Where(p => p.IsOffline).OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            TtsProviderState state = provider.Inspect();
            bool found = state.Path is not null && File.Exists(state.Path);
            offline.Add(new OfflineProviderStatus(provider.Id, state.Configured, found, state.Binary?.Found ?? false, state.Configured && state.Available,
                state.Path, await provider.VersionAsync(cancellationToken).ConfigureAwait(false), state.Reason));
        }

        string policy = options.OfflineFirst ? "offline-first" : "lazy-off-default-chain";
        return new TtsStatusResult(current.Enabled ?? options.Enabled, planner.Selected, chain, [.. chain.Skip(1)], AudioFormat.All,
            new TtsLimits(options.MaxTextLength, options.TimeoutMs), prefs.Path, options.Track.WireName(), new OfflineVoiceStatus(policy, offline));
    }
}
