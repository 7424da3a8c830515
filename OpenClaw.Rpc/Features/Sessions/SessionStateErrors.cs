using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>The -32015 errors of the session files. Messages name the path and never the content.</summary>
internal static class SessionStateErrors
{
    /// <summary>An I/O or permission failure; retrying may help (a lock held too long, a full disk freed).</summary>
    public static RpcException Failed(string path, Exception error) =>
        new(RpcErrorCodes.StateWriteFailed, $"cannot read or write {path}: {Reason(error)}",
            new RpcErrorData { Kind = RpcErrorKinds.StateWriteFailed, Retryable = true });

    /// <summary>A file with a higher formatVersion: this release neither reads nor writes it.</summary>
    public static RpcException NewerRelease(string path) =>
        new(RpcErrorCodes.StateWriteFailed, $"{path} was written by a newer release of the runtime; this release does not read or change it",
            new RpcErrorData { Kind = RpcErrorKinds.StateWriteFailed, Retryable = false });

    /// <summary>
    /// A failure of the file system. .NET reports EFBIG (a write past the file-size limit, <c>RLIMIT_FSIZE</c>, once
    /// SIGXFSZ is ignored) as an <see cref="ArgumentOutOfRangeException"/>; the session code passes no length or offset that
    /// could raise one itself, so around its file calls it means that.
    /// </summary>
    public static bool IsIoFailure(Exception error) => error is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException;

    // The .NET message quotes paths with apostrophes, which the wire encoder escapes badly.
    private static string Reason(Exception error) =>
        error switch
        {
            UnauthorizedAccessException => "permission denied",
            ArgumentOutOfRangeException => "file too large (the file-size limit was reached)",
            _ => error.Message.Replace("'", string.Empty, StringComparison.Ordinal),
        };
}
