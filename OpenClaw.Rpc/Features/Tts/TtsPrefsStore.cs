using System.Text.Json;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Rpc.Storage;

namespace OpenClaw.Rpc.Features.Tts;

/// <summary>
/// Reads and updates the TTS prefs file. Updates take the state dir's advisory lock, re-read the file (another
/// process may have changed it), and replace it atomically before the answer is sent.
/// </summary>
internal sealed class TtsPrefsStore(TtsOptions options, RuntimeLog log)
{
    public const int FormatVersion = 1;
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(5);

    public string Path => options.PrefsPath;

    public TtsPrefs Read()
    {
        try
        {
            if (!File.Exists(Path))
            {
                return new TtsPrefs();
            }

            TtsPrefsFile? file = JsonSerializer.Deserialize(File.ReadAllBytes(Path), TtsJsonContext.Default.TtsPrefsFile);
            if (file is null || file.FormatVersion > FormatVersion)
            {
                log.Warn($"ignoring {Path}: written by a newer release (format {file?.FormatVersion})");
                return new TtsPrefs();
            }

            return file.Tts;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            log.Warn($"ignoring unreadable {Path}: {e.Message}");
            return new TtsPrefs();
        }
    }

    public async Task<TtsPrefs> UpdateAsync(Func<TtsPrefs, TtsPrefs> change, CancellationToken cancellationToken)
    {
        try
        {
            using FileLock held = await FileLock.AcquireAsync(Path, LockWait, cancellationToken).ConfigureAwait(false);
            if (WrittenByNewerRelease())
            {
                throw StateError($"{Path} was written by a newer release; not overwriting it", retryable: false);
            }

            TtsPrefs updated = change(Read());
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(new TtsPrefsFile(FormatVersion, updated), TtsJsonContext.Default.TtsPrefsFile);
            await AtomicFile.WriteAsync(Path, json, cancellationToken).ConfigureAwait(false);
            return updated;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw StateError($"cannot write {Path}: {e.Message}", retryable: true);
        }
    }

    /// <summary>Persists tts.enable / tts.disable.</summary>
    public async Task<TtsEnabledResult> SetEnabledAsync(bool enabled, CancellationToken cancellationToken)
    {
        TtsPrefs updated = await UpdateAsync(p => p with { Enabled = enabled }, cancellationToken).ConfigureAwait(false);
        return new TtsEnabledResult(updated.Enabled!.Value);
    }

    private bool WrittenByNewerRelease()
    {
        try
        {
            return File.Exists(Path) && JsonSerializer.Deserialize(File.ReadAllBytes(Path), TtsJsonContext.Default.TtsPrefsFile) is { FormatVersion: > FormatVersion };
        }
        catch (JsonException)
        {
            return false; // corrupt: replaced whole by the update
        }
    }

    private static RpcException StateError(string message, bool retryable) =>
        new(RpcErrorCodes.StateWriteFailed, message, new RpcErrorData { Kind = RpcErrorKinds.StateWriteFailed, Retryable = retryable });
}
