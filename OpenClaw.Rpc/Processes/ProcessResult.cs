namespace OpenClaw.Rpc.Processes;

/// <summary>What a child process did. <see cref="ExitCode"/> is null when it was killed.</summary>
internal sealed record ProcessResult(int? ExitCode, byte[] Stdout, string Stderr, bool TimedOut, bool StdoutTruncated, TimeSpan Elapsed);
