namespace OpenClaw.Rpc.Checks;

/// <summary>One security-audit rule, contributed by the area it concerns; the diagnostics area only collects them.</summary>
internal interface IAuditRule
{
    /// <summary>Findings for this installation (none when all is well). With <see cref="AuditRun.Fix"/> it may make safe changes.</summary>
    Task<IReadOnlyList<AuditFinding>> EvaluateAsync(AuditRun run, CancellationToken cancellationToken);
}
