using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;
using OpenClaw.Rpc.Logging;

namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary>
/// Answers <c>doctor</c>: runs every check the areas registered, in order. A check that throws is reported as
/// failed (with its message) instead of failing the whole report. Never prompts.
/// </summary>
internal sealed class DoctorHandler(IEnumerable<IDoctorCheck> checks, ServerIdentity identity, RuntimeLog log) : IDoctor
{
    public async Task<DoctorResult> InvokeAsync(DoctorParams? parameters = null, CancellationToken cancellationToken = default)
    {
        bool fix = parameters?.Fix ?? false, deep = parameters?.Deep ?? false;
        var run = new DoctorRun(fix) { Deep = deep };
        var results = new List<DoctorCheckResult>();
        foreach (IDoctorCheck check in checks)
        {
            try
            {
                results.Add(await check.RunAsync(run, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                log.Warn($"doctor check {check.Id} failed: {e}");
                results.Add(new DoctorCheckResult(check.Id, DoctorCheckResult.Fail, $"the check itself failed: {e.Message}"));
            }
        }

        var summary = new DoctorSummary(Count(DoctorCheckResult.Pass), Count(DoctorCheckResult.Warn), Count(DoctorCheckResult.Fail));
        return new DoctorResult(summary.Fail == 0, identity.Track.WireName(), identity.Version, results, summary,
            fix ? new DoctorFix(run.Changes) : null);

        int Count(string status) => results.Count(r => r.Status == status);
    }
}
