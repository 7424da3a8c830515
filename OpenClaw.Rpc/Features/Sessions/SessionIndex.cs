using System.Text.Json;
using OpenClaw.Rpc.Logging;
using OpenClaw.Rpc.Storage;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// Opens the index under its advisory lock, read fresh from disk every time (another runtime process may share
/// the state dir). A missing or corrupt index is rebuilt from the transcript headers; one from a newer release
/// is refused and never overwritten. Every transcript write happens while this lock is held. Readers take no lock:
/// the file is only ever replaced whole (rename), so <see cref="ReadAsync"/> sees the old index or the new one.
/// </summary>
internal sealed class SessionIndex(SessionOptions options, SessionIndexRebuilder rebuilder, StateFileWriter writer, RuntimeLog log) : IDisposable
{
    public const int FormatVersion = 1;
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(15);

    // One waiter per process polls the file lock; the others queue here in order.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Path => options.IndexPath;

    /// <summary>Whether any session was ever stored (reads of a fresh state dir create nothing).</summary>
    public bool Exists => Directory.Exists(options.Directory);

    /// <summary>
    /// The index as it is on disk, without waiting for its lock, so reads answer even when the state dir cannot be
    /// written or a writer holds the lock. A missing or corrupt index is rebuilt, and saved only when the lock is free.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, SessionIndexEntry>> ReadAsync()
    {
        Dictionary<string, SessionIndexEntry> sessions;
        bool rebuilt;
        try
        {
            sessions = Load(out rebuilt);
        }
        catch (Exception e) when (SessionStateErrors.IsIoFailure(e))
        {
            throw SessionStateErrors.Failed(Path, e);
        }

        if (rebuilt && sessions.Count > 0)
        {
            await TrySaveRebuiltAsync().ConfigureAwait(false);
        }

        return sessions;
    }

    public async Task<SessionIndexLease> OpenAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        FileLock? held = null;
        try
        {
            held = await FileLock.AcquireAsync(Path, LockWait, cancellationToken).ConfigureAwait(false);
            var lease = new SessionIndexLease(this, held, Load(out bool rebuilt));
            if (rebuilt && lease.Sessions.Count > 0)
            {
                await lease.SaveAsync().ConfigureAwait(false);
            }

            return lease;
        }
        catch (Exception e)
        {
            held?.Dispose();
            _gate.Release();
            if (SessionStateErrors.IsIoFailure(e))
            {
                throw SessionStateErrors.Failed(Path, e);
            }

            throw;
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task TrySaveRebuiltAsync()
    {
        if (!await _gate.WaitAsync(TimeSpan.Zero).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            using FileLock held = await FileLock.AcquireAsync(Path, TimeSpan.Zero, CancellationToken.None).ConfigureAwait(false);
            // Loaded again under the lock: another writer may have saved a whole index meanwhile.
            Dictionary<string, SessionIndexEntry> sessions = Load(out bool rebuilt);
            if (rebuilt && sessions.Count > 0)
            {
                await SaveAsync(sessions).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (SessionStateErrors.IsIoFailure(e) || e is Protocol.RpcException)
        {
            log.Warn($"{Path}: kept the rebuilt index in memory only ({e.Message})");
        }
        finally
        {
            _gate.Release();
        }
    }

    internal void Release() => _gate.Release();

    internal async Task SaveAsync(Dictionary<string, SessionIndexEntry> sessions)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Protocol.WireJson.Encoder, Indented = true }))
        {
            JsonSerializer.Serialize(writer, new SessionIndexFile(FormatVersion, sessions), SessionsJsonContext.Default.SessionIndexFile);
        }

        try
        {
            // Not cancellable: the transcript may already hold the change this records.
            await writer.ReplaceAsync(Path, buffer.ToArray(), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (SessionStateErrors.IsIoFailure(e))
        {
            throw SessionStateErrors.Failed(Path, e);
        }
    }

    private Dictionary<string, SessionIndexEntry> Load(out bool rebuilt)
    {
        rebuilt = false;
        if (File.Exists(Path))
        {
            try
            {
                byte[] bytes = File.ReadAllBytes(Path);
                if (WrittenByNewerRelease(bytes))
                {
                    throw SessionStateErrors.NewerRelease(Path);
                }

                SessionIndexFile? file = JsonSerializer.Deserialize(bytes, SessionsJsonContext.Default.SessionIndexFile);

                if (file?.Sessions is { } sessions && sessions.Values.All(IsWellFormed))
                {
                    return new Dictionary<string, SessionIndexEntry>(sessions, StringComparer.Ordinal);
                }
            }
            catch (JsonException)
            {
                // rebuilt below
            }

            log.Warn($"{Path} is corrupt; rebuilding it from the transcripts");
        }

        rebuilt = true;
        return rebuilder.Rebuild();
    }

    /// <summary>The format version is read on its own first, so a newer release's file is refused even when its shape changed.</summary>
    private static bool WrittenByNewerRelease(byte[] bytes)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("formatVersion", out JsonElement version)
                && version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out int number) && number > FormatVersion;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsWellFormed(SessionIndexEntry? entry) =>
        entry is not null && SessionFileNames.IsSessionId(entry.SessionId) && entry.CreatedAt is not null && entry.UpdatedAt is not null
        && entry.MessageCount >= 0 && entry.ArchiveNames.All(SessionFileNames.IsArchive);
}
