using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Features.Tts.Providers;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>
/// <c>tts</c>: enabled, and the selected provider (or at least one provider) can convert now. Upstream providers the
/// config names that this runtime does not have are a warning, never a failure: they are skipped.
/// </summary>
internal sealed class TtsDoctorCheck(TtsOptions options, TtsPrefsStore prefs, TtsChainPlanner planner) : IDoctorCheck
{
    public string Id => "tts";

    public Task<DoctorCheckResult> RunAsync(DoctorRun run, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> chain = planner.EffectiveChain();
        string policy = options.OfflineFirst ? "offline providers first" : "offline voice off the default chain unless configured";
        if (!(prefs.Read().Enabled ?? options.Enabled))
        {
            return Done(DoctorCheckResult.Warn, "disabled (tts.disable); tts.convert answers -32011 until tts.enable", policy);
        }

        if (planner.Selected is { } selected && planner.Find(selected) is { } found && found.Inspect() is { } state && !(state.Configured && state.Available))
        {
            string fallback = chain.Count > 0 ? $"conversions fall back to {string.Join(", ", chain)}" : "and no other provider can convert";
            bool upstream = options.UpstreamOnly.Contains(selected);
            return Done(chain.Count > 0 || upstream ? DoctorCheckResult.Warn : DoctorCheckResult.Fail,
                $"selected provider {selected} is unavailable: {state.Reason}; {fallback}", policy);
        }

        if (chain.Count == 0)
        {
            return Done(DoctorCheckResult.Warn, "no provider can convert: configure a key, KittenTTS, or name espeak in messages.tts", policy);
        }

        return options.UpstreamOnly.Count > 0
            ? Done(DoctorCheckResult.Warn, $"{string.Join(", ", options.UpstreamOnly)} {UpstreamOnlyTtsProvider.NotAvailable} (skipped); chain: {string.Join(", ", chain)}", policy)
            : Done(DoctorCheckResult.Pass, $"chain: {string.Join(", ", chain)}", policy);
    }

    private Task<DoctorCheckResult> Done(string status, string message, string detail) =>
        Task.FromResult(new DoctorCheckResult(Id, status, message, detail));
}
