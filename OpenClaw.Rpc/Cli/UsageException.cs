namespace OpenClaw.Rpc.Cli;

/// <summary>
/// The command line is wrong; the process prints the message and a hint (<c>Try 'EXE call --help'</c> when the
/// command is known) and exits 64.
/// </summary>
internal sealed class UsageException(string message, string? command = null) : Exception(message)
{
    /// <summary>The command whose help the hint points to (<c>call</c>, <c>security audit</c>), or null for the general help.</summary>
    public string? Command { get; } = command;

    /// <summary>The one line written to stderr.</summary>
    public string LineFor(string exe)
    {
        string help = Command is null ? $"{exe} --help" : $"{exe} {Command} --help";
        return $"{exe}: {Message}{(Message.EndsWith('?') ? string.Empty : ".")} Try '{help}'.";
    }
}
