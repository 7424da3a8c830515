using OpenClaw.Rpc.Processes;

namespace OpenClaw.Rpc.Features.Tts.Providers;

/// <summary>Runs an offline engine; every way it can fail becomes a <see cref="TtsProviderException"/>.</summary>
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

        return ProcessFailure.Explain(spec, result) is { } failure ? throw new TtsProviderException(failure.Reason, failure.IsTimeout) : result;
    }
}
