using System.Buffers;
using System.Text.Json;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Protocol;
using OpenClaw.Rpc.Storage;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// Appends to one transcript under its advisory lock (<c>&lt;file&gt;.lock</c>) and reads it without one. An append is one write
/// call followed by a flush to disk, after cutting off what a crash mid-write left behind, so junk is never
/// glued to the next turn. A transcript from a newer release is neither read nor written.
/// </summary>
internal sealed class TranscriptFile(RuntimeLog log)
{
    public const int FormatVersion = 2;
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The transcript as read (empty when there is none), without its lock: appends only add whole turns at the end,
    /// so a reader sees every earlier turn and at worst a last turn still being written, which it skips as torn.
    /// </summary>
    public async Task<ParsedTranscript> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            byte[] content;
            try
            {
                var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                await using (stream.ConfigureAwait(false))
                {
                    using var buffer = new MemoryStream();
                    await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                    content = buffer.ToArray();
                }
            }
            catch (FileNotFoundException)
            {
                return ParsedTranscript.Empty; // never written, or reset or deleted meanwhile
            }

            ParsedTranscript parsed = TranscriptParser.Parse(content);
            if (parsed.WrittenByNewerRelease)
            {
                throw SessionStateErrors.NewerRelease(path);
            }

            if (parsed.SkippedLines > 0)
            {
                log.Warn($"{path}: skipped {parsed.SkippedLines} unreadable lines");
            }

            return parsed;
        }
        catch (Exception e) when (SessionStateErrors.IsIoFailure(e))
        {
            throw SessionStateErrors.Failed(path, e);
        }
    }

    /// <summary>
    /// Appends <paramref name="lines"/> in one durable write, starting the file with <paramref name="header"/> when it is
    /// new. <paramref name="knownBytes"/> and <paramref name="knownCount"/> are what the index recorded (see <see cref="TranscriptTail"/>).
    /// </summary>
    public async Task<TranscriptAppend> AppendAsync(string path, TranscriptLine header, IReadOnlyList<TranscriptLine> lines, long? knownBytes, int knownCount,
        CancellationToken cancellationToken)
    {
        try
        {
            using FileLock held = await FileLock.AcquireAsync(path, LockWait, cancellationToken).ConfigureAwait(false);
            TranscriptState state = TranscriptTail.Prepare(path, knownBytes, knownCount, log);
            if (TranscriptUpgrade.IsNeeded(state, lines))
            {
                await TranscriptUpgrade.RunAsync(path, header, cancellationToken).ConfigureAwait(false);
                log.Info($"{path}: header raised to format version {FormatVersion} before its first tool turn");
            }

            byte[] payload = Serialize(state.NeedsHeader ? [header, .. lines] : lines);
            var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read, BufferSize = 0 };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            var stream = new FileStream(path, options);
            await using (stream.ConfigureAwait(false))
            {
                long before = stream.Length;
                try
                {
                    // Not cancellable once started: a turn is written whole or, after a crash, cut off by the next append.
                    await stream.WriteAsync(payload, CancellationToken.None).ConfigureAwait(false);
                    stream.Flush(flushToDisk: true);
                }
                catch (Exception e) when (SessionStateErrors.IsIoFailure(e))
                {
                    // A failed write (disk full) takes back what it wrote: a failed run appends nothing.
                    stream.SetLength(before);
                    throw;
                }

                return new TranscriptAppend(before, before + payload.Length, state.MessageCount + lines.Count);
            }
        }
        catch (Exception e) when (SessionStateErrors.IsIoFailure(e))
        {
            throw SessionStateErrors.Failed(path, e);
        }
    }

    /// <summary>
    /// Cuts the transcript back to <paramref name="length"/> (removes it when 0: the append created it), undoing an append
    /// whose index update failed. A failure here is logged, not thrown: the caller is already reporting the first one.
    /// </summary>
    public async Task RollBackAsync(string path, long length)
    {
        try
        {
            using FileLock held = await FileLock.AcquireAsync(path, LockWait, CancellationToken.None).ConfigureAwait(false);
            if (length == 0)
            {
                File.Delete(path);
                return;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read);
            stream.SetLength(length);
            stream.Flush(flushToDisk: true);
        }
        catch (Exception e) when (SessionStateErrors.IsIoFailure(e))
        {
            log.Error($"{path}: could not take back a turn whose index update failed ({e.Message}); a retry may store it twice");
        }
    }

    /// <summary>Renames the transcript to <paramref name="archivePath"/>; false when there is none. Its lock file goes too.</summary>
    public Task<bool> ArchiveAsync(string path, string archivePath, CancellationToken cancellationToken) =>
        UnderLockThenDropLockAsync(path, () =>
        {
            File.Move(path, archivePath, overwrite: false);
            log.Info($"archived {path} as {archivePath}");
        }, cancellationToken);

    /// <summary>Removes the file (a transcript or an archive) and its lock file; false when there was none.</summary>
    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken) =>
        UnderLockThenDropLockAsync(path, () =>
        {
            File.Delete(path);
            log.Info($"deleted {path}");
        }, cancellationToken);

    private static async Task<bool> UnderLockThenDropLockAsync(string path, Action change, CancellationToken cancellationToken)
    {
        try
        {
            bool existed;
            using (FileLock held = await FileLock.AcquireAsync(path, LockWait, cancellationToken).ConfigureAwait(false))
            {
                existed = File.Exists(path);
                if (existed)
                {
                    change();
                }
            }

            File.Delete(path + ".lock");
            return existed;
        }
        catch (Exception e) when (SessionStateErrors.IsIoFailure(e))
        {
            throw SessionStateErrors.Failed(path, e);
        }
    }

    internal static byte[] Serialize(IEnumerable<TranscriptLine> lines)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, WireJson.WriterOptions);
        foreach (TranscriptLine line in lines)
        {
            JsonSerializer.Serialize(writer, line, SessionsJsonContext.Default.TranscriptLine);
            writer.Flush();
            buffer.Write("\n"u8);
            writer.Reset();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
