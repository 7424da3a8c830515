namespace OpenClaw.Rpc.Protocol;

/// <summary>
/// Bounds what an error message repeats of the client's input: a 5 MB method name or path must not come back whole
/// (nor be held twice in memory, nor flood a log). Values are cut where they are quoted; whole messages are cut as a
/// last resort where every error is written (<c>RpcErrorMapping</c>).
/// </summary>
internal static class EchoedInput
{
    /// <summary>The most characters of one quoted value (a method name, a param value, a path).</summary>
    public const int MaxValueChars = 200;

    /// <summary>The most characters of a whole error message.</summary>
    public const int MaxMessageChars = 4096;

    private const string Cut = "\u2026";

    /// <summary><paramref name="value"/>, or its first <see cref="MaxValueChars"/> characters and an ellipsis.</summary>
    public static string Quote(string value) => Shorten(value, MaxValueChars);

    /// <summary>A whole message, cut at <see cref="MaxMessageChars"/> characters.</summary>
    public static string Message(string message) => Shorten(message, MaxMessageChars);

    /// <summary><paramref name="text"/>, or its first <paramref name="max"/> characters (one fewer where that would split a
    /// surrogate pair) and an ellipsis.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        // Never split a surrogate pair: the cut text must stay valid UTF-16 (and so valid UTF-8 on the wire).
        int keep = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return string.Concat(text.AsSpan(0, keep), Cut);
    }
}
