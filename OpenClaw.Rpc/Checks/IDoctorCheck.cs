namespace OpenClaw.Rpc.Checks;

/// <summary>
/// One doctor check, contributed by the area it concerns (registered as <c>IDoctorCheck</c>); the
/// diagnostics area only collects and runs them, in registration order.
/// </summary>
internal interface IDoctorCheck
{
    /// <summary>The stable id (see protocol/diagnostics.md).</summary>
    string Id { get; }

    /// <summary>Runs the check; with <see cref="DoctorRun.Fix"/> it may make the safe repairs it lists.</summary>
    Task<DoctorCheckResult> RunAsync(DoctorRun run, CancellationToken cancellationToken);
}
