namespace OpenClaw.Rpc.Checks;

/// <summary>One audit run: deep or not, whether to fix, and the changes made.</summary>
internal sealed class AuditRun(bool deep, bool fix)
{
    /// <summary>Whether the slower checks run too.</summary>
    public bool Deep { get; } = deep;

    /// <summary>The shared repair log (the same shape as doctor's).</summary>
    public DoctorRun Repairs { get; } = new(fix);

    /// <summary>Whether safe changes (permissions) are allowed.</summary>
    public bool Fix => Repairs.Fix;
}
