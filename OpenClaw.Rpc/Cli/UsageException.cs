namespace OpenClaw.Rpc.Cli;

/// <summary>The command line is wrong; the process prints the message and a hint and exits 64.</summary>
internal sealed class UsageException(string message) : Exception(message);
