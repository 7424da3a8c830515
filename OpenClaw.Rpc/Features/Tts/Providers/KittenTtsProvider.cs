using System.Text;
using OpenClaw.Rpc.Audio;
using OpenClaw.Rpc.Processes;
using OpenClaw.Rpc.Resilience;

namespace OpenClaw.Rpc.Features.Tts.Providers;

/// <summary>
/// A KittenTTS command-line binary, offline and lazy: never started until a conversion needs it. The
/// argument template decides the contract: <c>{text}</c> passes the text as an argument (else stdin),
/// <c>{output}</c> passes an output file (else stdout), <c>{format}</c> and <c>{voice}</c> are filled in.
/// Whatever it writes must really be audio of the requested format, or the attempt fails.
/// </summary>
internal sealed class KittenTtsProvider(TtsOptions options, IProcessRunner runner) : ITtsProvider
{
    public string Id => TtsProviderIds.KittenTts;

    public string Name => "KittenTTS (offline)";

    public bool IsOffline => true;

    public TtsProviderState Inspect()
    {
        if (options.KittenTts.Bin is not { } bin)
        {
            return new TtsProviderState(false, false, "not configured: set OPENCLAW_KITTENTTS_BIN or messages.tts.kittentts.bin", options.KittenTts.Formats);
        }

        ResolvedExecutable binary = ExecutableResolver.Resolve(bin);
        return new TtsProviderState(true, binary.Found, binary.Problem, options.KittenTts.Formats, Binary: binary);
    }

    // Starting the binary only to print a version could load a model: it stays lazy.
    public Task<string?> VersionAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public async Task<byte[]> SynthesizeAsync(TtsSynthesisRequest request, CancellationToken cancellationToken)
    {
        TtsProviderState state = Inspect();
        if (!state.Available)
        {
            throw ProviderFailure.Permanent(state.Reason!);
        }

        IReadOnlyList<string> template = options.KittenTts.ArgsTemplate;
        bool textAsArgument = template.Any(a => a.Contains("{text}", StringComparison.Ordinal));
        string? outputFile = template.Any(a => a.Contains("{output}", StringComparison.Ordinal))
            ? Path.Combine(Path.GetTempPath(), $"openclaw-kittentts-{Guid.NewGuid():N}{AudioFormat.Extension(request.Format)}")
            : null;
        string[] arguments = [.. template.Select(a => a
            .Replace("{format}", request.Format, StringComparison.Ordinal)
            .Replace("{voice}", request.Voice ?? string.Empty, StringComparison.Ordinal)
            .Replace("{output}", outputFile ?? string.Empty, StringComparison.Ordinal)
            .Replace("{text}", request.Text, StringComparison.Ordinal))];
        try
        {
            ProcessResult result = await ChildProcessAttempt.RunAsync(runner, new ProcessSpec
            {
                FileName = state.Path!,
                Arguments = arguments,
                Stdin = textAsArgument ? null : Encoding.UTF8.GetBytes(request.Text),
            }, cancellationToken).ConfigureAwait(false);
            byte[] audio = outputFile is null ? result.Stdout : File.Exists(outputFile) ? await File.ReadAllBytesAsync(outputFile, cancellationToken).ConfigureAwait(false) : [];
            if (audio.Length == 0)
            {
                throw ProviderFailure.Permanent(outputFile is null ? "kittentts wrote no audio to stdout" : "kittentts wrote no output file");
            }

            if (request.Format == AudioFormat.Wav)
            {
                return WavFile.TryParse(audio)?.Normalize(audio) ?? throw ProviderFailure.Permanent("kittentts output is not WAV audio");
            }

            return AudioProbe.Measure(request.Format, audio) is null
                ? throw ProviderFailure.Permanent($"kittentts output is not {request.Format} audio")
                : audio;
        }
        finally
        {
            if (outputFile is not null)
            {
                File.Delete(outputFile);
            }
        }
    }
}
