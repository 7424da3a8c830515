namespace OpenClaw.Rpc.Processes;

/// <summary>Why a finished child process does not count as a success, in words an attempt can report.</summary>
public static class ProcessFailure
{
    /// <summary>Null when the process exited 0 within its bounds; otherwise the reason and whether it timed out.</summary>
    public static (string Reason, bool IsTimeout)? Explain(ProcessSpec spec, ProcessResult result)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(result);
        string name = Path.GetFileName(spec.FileName);
        if (result.TimedOut)
        {
            return ($"timed out after {(int)spec.Timeout.TotalMilliseconds} ms; {name} was killed", true);
        }

        if (result.ExitCode != 0)
        {
            string detail = result.Stderr.Length > 0 ? $": {Shorten(result.Stderr)}" : string.Empty;
            return ($"{name} exited with code {result.ExitCode}{detail}", false);
        }

        return result.StdoutTruncated ? ($"{name} wrote more than {spec.MaxStdoutBytes} bytes; output refused", false) : null;
    }

    /// <summary>
    /// Runs <paramref name="spec"/>; on success the result, otherwise why not (cannot start, timed out, exited
    /// non-zero, flooded stdout) and whether it timed out. Caller cancellation still throws.
    /// </summary>
    public static async Task<(ProcessResult? Result, string? Reason, bool IsTimeout)> RunAsync(IProcessRunner runner, ProcessSpec spec,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ProcessResult result;
        try
        {
            result = await runner.RunAsync(spec, cancellationToken).ConfigureAwait(false);
        }
        catch (ProcessStartException e)
        {
            return (null, e.Message, false);
        }

        return Explain(spec, result) is { } failure ? (null, failure.Reason, failure.IsTimeout) : (result, null, false);
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
