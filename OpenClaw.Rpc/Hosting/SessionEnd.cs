namespace OpenClaw.Rpc.Hosting;

internal enum SessionEndReason
{
    /// <summary>stdin ended; answers to requests already read were written first.</summary>
    EndOfInput,

    /// <summary>The client sent <c>exit</c>.</summary>
    Exit,

    /// <summary>A signal, the parent watchdog or the embedding host stopped the session.</summary>
    Stopped,

    /// <summary>The client closed its end of stdout.</summary>
    OutputClosed,
}

/// <summary>Why a session ended and the process exit code that follows from it.</summary>
internal readonly record struct SessionEnd(SessionEndReason Reason, int ExitCode);
