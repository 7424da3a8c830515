namespace OpenClaw.Rpc.Storage;

/// <summary>A file named by a client or a flag was not read; the message names the path and the reason for a user.</summary>
internal sealed class FileRefusedException(FileRefusal reason, string message) : IOException(message)
{
    /// <summary>Why the file was not read, so each caller can map it to its own error.</summary>
    public FileRefusal Reason { get; } = reason;
}
