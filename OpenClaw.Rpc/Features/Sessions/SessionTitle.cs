using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>A session's title: the first non-blank line of its first message, shortened for a session picker.</summary>
internal static class SessionTitle
{
    /// <summary>Longest title kept, in characters (the cut ends with an ellipsis).</summary>
    public const int MaxLength = 80;

    public static string? From(string message)
    {
        string? line = message.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (line is null)
        {
            return null;
        }

        // The ellipsis counts towards the length.
        return line.Length <= MaxLength ? line : EchoedInput.Shorten(line, MaxLength - 1);
    }
}
