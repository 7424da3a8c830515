using System.Globalization;
using OpenClaw.Rpc.Checks;
using OpenClaw.Rpc.Configuration;
using OpenClaw.Rpc.Dispatch;

namespace OpenClaw.Rpc.Features.Diagnostics;

/// <summary>Answers <c>security.audit</c>: every rule the areas registered, findings ordered by severity then id.</summary>
internal sealed class SecurityAuditHandler(IEnumerable<IAuditRule> rules, ServerIdentity identity, TimeProvider time) : ISecurityAudit
{
    private static readonly string[] SeverityOrder = [AuditFinding.Critical, AuditFinding.Warn, AuditFinding.Info];

    public async Task<AuditResult> InvokeAsync(AuditParams? parameters = null, CancellationToken cancellationToken = default)
    {
        bool deep = parameters?.Deep ?? false, fix = parameters?.Fix ?? false;
        var run = new AuditRun(deep, fix);
        var findings = new List<AuditFinding>();
        foreach (IAuditRule rule in rules)
        {
            findings.AddRange(await rule.EvaluateAsync(run, cancellationToken).ConfigureAwait(false));
        }

        AuditFinding[] ordered = [.. findings.OrderBy(f => Array.IndexOf(SeverityOrder, f.Severity)).ThenBy(f => f.CheckId, StringComparer.Ordinal)];
        var summary = new AuditSummary(Count(AuditFinding.Critical), Count(AuditFinding.Warn), Count(AuditFinding.Info));
        return new AuditResult(time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), identity.Track.WireName(), deep, summary, ordered,
            fix ? new DoctorFix(run.Repairs.Changes) : null);

        int Count(string severity) => findings.Count(f => f.Severity == severity);
    }
}
