using OpenClaw.Rpc.Audio;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Rpc.Storage;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>
/// Answers <c>tts.convert</c>: validates, walks the chain, measures the audio it got, and returns it inline
/// (base64) or as a file under <c>&lt;stateDir&gt;/audio/</c>.
/// </summary>
internal sealed class TtsConvertHandler(TtsOptions options, TtsPrefsStore prefs, TtsConverter converter, TimeProvider time) : ITtsConvert
{
    public async Task<TtsConvertResult> InvokeAsync(TtsConvertParams? parameters = null, CancellationToken cancellationToken = default)
    {
        parameters ??= new TtsConvertParams();
        string text = parameters.Text?.Trim() is { Length: > 0 } t ? t : throw RpcException.InvalidParams("$.text", "text is required");
        if (text.Length > options.MaxTextLength)
        {
            throw RpcException.InvalidParams("$.text", $"text is too long ({text.Length} characters, max {options.MaxTextLength})");
        }

        string format = parameters.Format?.Trim().ToLowerInvariant() ?? AudioFormat.Wav;
        if (!AudioFormat.All.Contains(format))
        {
            throw RpcException.InvalidParams("$.format", $"unsupported format {EchoedInput.Quote(parameters.Format!)}; use wav, mp3 or opus");
        }

        string output = parameters.Output?.Trim().ToLowerInvariant() ?? "base64";
        if (output is not ("base64" or "file"))
        {
            throw RpcException.InvalidParams("$.output", "output must be base64 or file");
        }

        string? pinned = TtsProviderName.Require(parameters.Provider, "$.provider");
        if (!(prefs.Read().Enabled ?? options.Enabled))
        {
            throw new RpcException(RpcErrorCodes.TtsDisabled, "Text-to-speech is disabled; call tts.enable to turn it on",
                new RpcErrorData { Kind = RpcErrorKinds.TtsDisabled });
        }

        TtsConversion conversion = await converter.ConvertAsync(text, format, parameters.Voice, pinned, cancellationToken).ConfigureAwait(false);
        AudioInfo info = AudioProbe.Measure(format, conversion.Audio) ?? AudioInfo.Unknown;
        string? path = output == "file" ? await SaveAsync(conversion.Audio, format, cancellationToken).ConfigureAwait(false) : null;
        return new TtsConvertResult(conversion.Provider, format, info.SampleRate, info.Channels, info.DurationMs, conversion.Audio.Length,
            path is null ? Convert.ToBase64String(conversion.Audio) : null, path, conversion.Attempts);
    }

    private async Task<string> SaveAsync(byte[] audio, string format, CancellationToken cancellationToken)
    {
        string name = $"tts-{time.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid().ToString("N")[..8]}{AudioFormat.Extension(format)}";
        string path = Path.Combine(options.AudioDir, name);
        try
        {
            await AtomicFile.WriteAsync(path, audio, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RpcException(RpcErrorCodes.StateWriteFailed, $"cannot write {path}: {e.Message}",
                new RpcErrorData { Kind = RpcErrorKinds.StateWriteFailed, Retryable = true });
        }

        return Path.GetFullPath(path);
    }
}
