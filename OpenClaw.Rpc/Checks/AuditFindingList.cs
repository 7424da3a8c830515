namespace OpenClaw.Rpc.Checks;

/// <summary>Collecting the findings of checks that return one finding or none.</summary>
internal static class AuditFindingList
{
    /// <summary>Adds <paramref name="finding"/> when there is one.</summary>
    public static void AddIfAny(this List<AuditFinding> findings, AuditFinding? finding)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (finding is not null)
        {
            findings.Add(finding);
        }
    }
}
