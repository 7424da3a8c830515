namespace OpenClaw.Rpc.Hosting;

/// <summary>ASCII helpers for header parsing; header names are case-insensitive tokens.</summary>
internal static class FrameTokens
{
    public static ReadOnlySpan<byte> ContentLengthColon => "content-length:"u8;

    public static bool IsToken(ReadOnlySpan<byte> name)
    {
        foreach (byte b in name)
        {
            bool ok = b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'_';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    public static bool EqualsIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lower)
    {
        if (text.Length != lower.Length)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (ToLower(text[i]) != lower[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of <c>content-length:</c> in any letter case, or -1.</summary>
    public static int IndexOfContentLength(ReadOnlySpan<byte> text)
    {
        ReadOnlySpan<byte> token = ContentLengthColon;
        for (int i = 0; i + token.Length <= text.Length; i++)
        {
            if (EqualsIgnoreCase(text.Slice(i, token.Length), token))
            {
                return i;
            }
        }

        return -1;
    }

    private static byte ToLower(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
}
