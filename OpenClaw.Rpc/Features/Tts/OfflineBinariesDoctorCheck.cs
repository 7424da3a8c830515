using OpenClaw.Rpc.Checks;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary><c>offlineBinaries</c>: every configured offline TTS binary is found and executable (with its version when cheap to ask).</summary>
internal sealed class OfflineBinariesDoctorCheck(TtsChainPlanner planner) : IDoctorCheck
{
    public string Id => "offlineBinaries";

    public async Task<DoctorCheckResult> RunAsync(DoctorRun run, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        bool broken = false;
        foreach (ITtsProvider provider in planner.All.Where(p => p.IsOffline).OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            TtsProviderState state = provider.Inspect();
            if (!state.Configured)
            {
                lines.Add($"{provider.Id}: not configured");
                continue;
            }

            broken |= !state.Available;
            string? version = await provider.VersionAsync(cancellationToken).ConfigureAwait(false);
            lines.Add(state.Available ? $"{provider.Id}: {state.Path}{(version is null ? string.Empty : $" ({version})")}" : $"{provider.Id}: {state.Reason}");
        }

        return new DoctorCheckResult(Id, broken ? DoctorCheckResult.Fail : DoctorCheckResult.Pass,
            broken ? "a configured offline binary cannot run" : "configured offline binaries are runnable", string.Join("; ", lines));
    }
}
