using System.Text;
using OpenClaw.Rpc.Audio;
using OpenClaw.Rpc.Processes;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Tts.Providers;

/// <summary>
/// espeak-ng, offline. Text goes on stdin (so text starting with '-' is never read as an option) and WAV
/// comes back on stdout; espeak leaves placeholder sizes in that header, which are repaired.
/// </summary>
internal sealed class EspeakProvider(TtsOptions options, IProcessRunner runner) : ITtsProvider
{
    private Task<string?>? _version;

    public string Id => TtsProviderIds.Espeak;

    public string Name => "eSpeak NG (offline)";

    public bool IsOffline => true;

    public TtsProviderState Inspect()
    {
        ResolvedExecutable binary = ExecutableResolver.Resolve(options.Espeak.Bin);
        bool configured = options.Espeak.Configured || (options.OfflineFirst && binary.Found);
        string? reason = binary.Problem ?? (configured ? null : "not configured: the core track uses espeak only when messages.tts names it");
        return new TtsProviderState(configured, configured && binary.Found, reason, [AudioFormat.Wav], Binary: binary);
    }

    public Task<string?> VersionAsync(CancellationToken cancellationToken)
    {
        ResolvedExecutable binary = ExecutableResolver.Resolve(options.Espeak.Bin);
        return binary.Found ? _version ??= ProbeAsync(binary.Path!) : Task.FromResult<string?>(null);
    }

    public async Task<byte[]> SynthesizeAsync(TtsSynthesisRequest request, CancellationToken cancellationToken)
    {
        ResolvedExecutable binary = ExecutableResolver.Resolve(options.Espeak.Bin);
        if (!binary.Found)
        {
            throw ProviderFailure.Permanent(binary.Problem!);
        }

        List<string> arguments = ["--stdout"];
        if ((request.Voice ?? options.Espeak.Voice) is { } voice)
        {
            arguments.AddRange(["-v", voice]);
        }

        ProcessResult result = await ChildProcessAttempt.RunAsync(runner, new ProcessSpec
        {
            FileName = binary.Path!,
            Arguments = arguments,
            Stdin = Encoding.UTF8.GetBytes(request.Text),
        }, cancellationToken).ConfigureAwait(false);
        WavFile wav = WavFile.TryParse(result.Stdout) ?? throw ProviderFailure.Permanent("espeak-ng did not write WAV audio");
        return wav.Normalize(result.Stdout);
    }

    private async Task<string?> ProbeAsync(string path)
    {
        try
        {
            ProcessResult result = await runner.RunAsync(new ProcessSpec { FileName = path, Arguments = ["--version"], Timeout = TimeSpan.FromSeconds(5) },
                CancellationToken.None).ConfigureAwait(false);
            string text = Encoding.UTF8.GetString(result.Stdout).Trim();
            return result.ExitCode == 0 && text.Length > 0 ? text.Split('\n')[0] : null;
        }
        catch (ProcessStartException)
        {
            return null;
        }
    }
}
