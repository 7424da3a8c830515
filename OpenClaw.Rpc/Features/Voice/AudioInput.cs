using OpenClaw.Rpc.Audio;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Rpc.Storage;

namespace OpenClaw.Rpc.Features.Voice;

/// <summary>
/// Turns <c>audioPath</c> or <c>audioBase64</c> into checked PCM WAV bytes: exactly one source, a path inside
/// the allowed roots (after resolving <c>..</c> and every link), a regular file within the size limit, and really WAV.
/// </summary>
internal static class AudioInput
{
    public static (byte[] Bytes, WavFile Wav) Read(VoiceTranscribeParams parameters, VoiceOptions options, CancellationToken cancellationToken)
    {
        bool hasPath = !string.IsNullOrWhiteSpace(parameters.AudioPath);
        bool hasData = !string.IsNullOrWhiteSpace(parameters.AudioBase64);
        if (hasPath == hasData)
        {
            throw RpcException.InvalidParams("$", "give exactly one of audioPath and audioBase64");
        }

        byte[] bytes = hasPath ? ReadFile(parameters.AudioPath!, options, cancellationToken) : Decode(parameters.AudioBase64!, options);
        WavFile wav = WavFile.TryParse(bytes)
            ?? throw RpcException.InvalidParams(hasPath ? "$.audioPath" : "$.audioBase64", "the audio must be a PCM WAV file (8, 16, 24 or 32-bit)");
        return (bytes, wav);
    }

    private static byte[] ReadFile(string given, VoiceOptions options, CancellationToken cancellationToken)
    {
        if (given.Contains('\0', StringComparison.Ordinal))
        {
            throw RpcException.InvalidParams("$.audioPath", "audioPath must not contain a NUL character");
        }

        // The path as written is checked first, so nothing outside the roots is even looked at (not even whether it
        // exists); then its real path (every link resolved) against the real roots, so a link inside a root that
        // leads outside it (to /etc/shadow, /proc/self/environ, a directory elsewhere) is refused the same way.
        string written = Path.GetFullPath(given);
        RequireInsideRoots(written, options.AllowedRoots);
        try
        {
            string path = RealPath.Resolve(written);
            RequireInsideRoots(path, [.. options.AllowedRoots.Select(RealPath.ResolveOrKeep)]);
            return BoundedFile.Read(path, options.MaxAudioBytes, cancellationToken);
        }
        catch (FileRefusedException e) when (e.Reason == FileRefusal.NotRegular)
        {
            throw RpcException.InvalidParams("$.audioPath", $"{e.Message}; audioPath must name a WAV file");
        }
        catch (FileRefusedException e) when (e.Reason == FileRefusal.TooLarge)
        {
            throw NotAllowed($"{e.Message}; the limit is voice.maxAudioBytes");
        }
        catch (FileRefusedException e)
        {
            throw NotAllowed(e.Message);
        }
    }

    private static void RequireInsideRoots(string path, IReadOnlyList<string> roots)
    {
        if (!roots.Any(root => RealPath.IsUnder(path, root)))
        {
            throw NotAllowed($"{EchoedInput.Quote(path)} is outside the allowed roots ({string.Join(", ", roots)}); add its directory to voice.allowedRoots");
        }
    }

    private static byte[] Decode(string base64, VoiceOptions options)
    {
        if ((long)base64.Length * 3 / 4 > options.MaxAudioBytes)
        {
            throw NotAllowed($"audioBase64 holds more than {options.MaxAudioBytes} bytes (voice.maxAudioBytes)");
        }

        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw RpcException.InvalidParams("$.audioBase64", "audioBase64 is not valid base64");
        }
    }

    private static RpcException NotAllowed(string message) =>
        new(RpcErrorCodes.FileNotAllowed, message, new RpcErrorData { Kind = RpcErrorKinds.FileNotAllowed, Path = "$.audioPath" });
}
