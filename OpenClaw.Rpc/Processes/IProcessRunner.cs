namespace OpenClaw.Rpc.Processes;

/// <summary>The one way this runtime starts child processes; tests may replace it.</summary>
internal interface IProcessRunner
{
    /// <summary>Runs <paramref name="spec"/> to completion, timeout or cancellation (the tree is killed on both).</summary>
    Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken);
}
