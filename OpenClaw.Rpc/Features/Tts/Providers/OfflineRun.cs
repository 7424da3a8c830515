using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.Tts.Providers;

/// <summary>Runs an offline engine and turns every way it can fail into a reason an attempt can report.</summary>
internal static class OfflineRun
{
    public static async Task<ProcessResult> RunAsync(IProcessRunner runner, ProcessSpec spec, CancellationToken cancellationToken)
    {
        ProcessResult result;
        try
        {
            result = await runner.RunAsync(spec, cancellationToken).ConfigureAwait(false);
        }
        catch (ProcessStartException e)
        {
            throw new TtsProviderException(e.Message);
        }

        string name = Path.GetFileName(spec.FileName);
        if (result.TimedOut)
        {
            throw new TtsProviderException($"timed out after {(int)spec.Timeout.TotalMilliseconds} ms; {name} was killed", isTimeout: true);
        }

        if (result.ExitCode != 0)
        {
            string detail = result.Stderr.Length > 0 ? $": {Shorten(result.Stderr)}" : string.Empty;
            throw new TtsProviderException($"{name} exited with code {result.ExitCode}{detail}");
        }

        if (result.StdoutTruncated)
        {
            throw new TtsProviderException($"{name} wrote more than {spec.MaxStdoutBytes} bytes; output refused");
        }

        return result;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
