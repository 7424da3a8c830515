namespace OpenClaw.Rpc.Processes;

internal static class BoundedCopy
{
    /// <summary>Reads a stream to its end, keeping at most <paramref name="limit"/> bytes (the rest is drained, not kept).</summary>
    public static async Task<(byte[] Bytes, bool Truncated)> ReadAsync(Stream stream, int limit)
    {
        using var kept = new MemoryStream();
        byte[] buffer = new byte[81920];
        bool truncated = false;
        int read;
        while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            int room = limit - (int)kept.Length;
            if (room > 0)
            {
                kept.Write(buffer, 0, Math.Min(room, read));
            }

            truncated |= read > room;
        }

        return (kept.ToArray(), truncated);
    }
}
