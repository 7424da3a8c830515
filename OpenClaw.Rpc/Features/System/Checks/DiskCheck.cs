using System.Globalization;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;

namespace OpenClaw.Rpc.Features.System.Checks;

/// <summary><c>disk</c>: free space where the state dir lives (audio files and transcripts go there).</summary>
internal sealed class DiskCheck(RuntimeSettings settings) : IDoctorCheck
{
    private const long FailBelow = 10L * 1024 * 1024;
    private const long WarnBelow = 200L * 1024 * 1024;

    public string Id => "disk";

    public Task<DoctorCheckResult> RunAsync(DoctorRun run, CancellationToken cancellationToken)
    {
        string existing = settings.StateDir;
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            existing = parent;
        }

        long free = new DriveInfo(existing).AvailableFreeSpace;
        string amount = string.Create(CultureInfo.InvariantCulture, $"{free / 1048576.0:F0} MB free");
        string status = free < FailBelow ? DoctorCheckResult.Fail : free < WarnBelow ? DoctorCheckResult.Warn : DoctorCheckResult.Pass;
        return Task.FromResult(new DoctorCheckResult(Id, status, amount, existing));
    }
}
