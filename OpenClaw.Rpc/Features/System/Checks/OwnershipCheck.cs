using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.System.Checks;

/// <summary>
/// <c>ownership</c>: the state dir, the config and the log file belong to this user (or root), also through a symlink.
/// Fails for the state dir or the config (their owner can rewrite them), warns for the log file.
/// </summary>
internal sealed class OwnershipCheck(RuntimeSettings settings, HostOptions host) : IDoctorCheck
{
    public string Id => "ownership";

    public Task<DoctorCheckResult> RunAsync(DoctorRun run, CancellationToken cancellationToken)
    {
        string[] vital = [.. new[] { PathOwnership.Problem(settings.StateDir), PathOwnership.Problem(settings.ConfigPath) }.OfType<string>()];
        string? log = host.LogFile is { } file ? PathOwnership.Problem(Path.GetFullPath(file)) : null;
        DoctorCheckResult result = vital.Length > 0
            ? new(Id, DoctorCheckResult.Fail, "another user controls the state dir or the config", string.Join("; ", [.. vital, .. log is null ? [] : new[] { log }]))
            : log is not null
                ? new(Id, DoctorCheckResult.Warn, "another user controls the log file", log)
                : new(Id, DoctorCheckResult.Pass, "the state dir, the config and the log file are this user's");
        return Task.FromResult(result);
    }
}
