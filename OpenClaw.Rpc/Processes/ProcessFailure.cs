using System.Globalization;

namespace OpenClaw.Rpc.Processes;

/// <summary>Why a finished child process does not count as a success, in words an attempt can report.</summary>
internal static class ProcessFailure
{
    /// <summary>Null when the process exited 0 within its bounds; otherwise the reason and whether it timed out.</summary>
    public static ProcessOutcome Explain(ProcessSpec spec, ProcessResult result)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(result);
        string name = Path.GetFileName(spec.FileName);
        if (result.TimedOut)
        {
            return ProcessOutcome.Failed(string.Create(CultureInfo.InvariantCulture,
                $"timed out after {spec.Timeout?.TotalMilliseconds:0} ms; {name} was killed"), timedOut: true);
        }

        if (result.ExitCode != 0)
        {
            string detail = result.Stderr.Length > 0 ? $": {Shorten(result.Stderr)}" : string.Empty;
            return ProcessOutcome.Failed($"{name} exited with code {result.ExitCode}{detail}", timedOut: false);
        }

        return result.StdoutTruncated
            ? ProcessOutcome.Failed($"{name} wrote more than {spec.MaxStdoutBytes} bytes; output refused", timedOut: false)
            : ProcessOutcome.Of(result);
    }

    /// <summary>
    /// Runs <paramref name="spec"/>: the result when it counts, otherwise why not (cannot start, timed out, exited
    /// non-zero, flooded stdout). Cancellation still throws, after the child's tree was killed.
    /// </summary>
    public static async Task<ProcessOutcome> RunAsync(IProcessRunner runner, ProcessSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        try
        {
            return Explain(spec, await runner.RunAsync(spec, cancellationToken).ConfigureAwait(false));
        }
        catch (ProcessStartException e)
        {
            return ProcessOutcome.Failed(e.Message, timedOut: false);
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
