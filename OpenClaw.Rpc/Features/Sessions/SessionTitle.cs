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

        if (line.Length <= MaxLength)
        {
            return line;
        }

        int cut = MaxLength - 1;
        if (char.IsHighSurrogate(line[cut - 1]))
        {
            cut--;
        }

        return string.Concat(line.AsSpan(0, cut), "…");
    }
}
