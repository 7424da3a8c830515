namespace OpenClaw.Rpc.Processes;

/// <summary>One child process to run: a resolved executable, its arguments as a list (never a shell line), and bounds.</summary>
internal sealed record ProcessSpec
{
    /// <summary>The absolute path of the executable.</summary>
    public required string FileName { get; init; }

    /// <summary>Arguments, passed as they are.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Bytes written to stdin, which is then closed; null closes stdin at once.</summary>
    public byte[]? Stdin { get; init; }

    /// <summary>
    /// After this the whole process tree is killed. Null when the caller's token is the bound (a chain attempt, whose
    /// timeout cancels it), so an attempt has exactly one timeout.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>stdout beyond this is dropped and the result says so.</summary>
    public int MaxStdoutBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>stderr kept for error messages.</summary>
    public int MaxStderrBytes { get; init; } = 8 * 1024;
}
