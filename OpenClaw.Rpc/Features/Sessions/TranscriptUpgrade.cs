using OpenClaw.Rpc.Storage;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>
/// Before the first line that only the current format can hold (a tool call or a tool result) goes into a transcript an
/// older format version started, its header is rewritten to the current version (the whole file replaced atomically, once),
/// so an older release refuses the file instead of misreading its tool turns. Files with plain turns only are left as they are.
/// </summary>
internal static class TranscriptUpgrade
{
    public static bool IsNeeded(TranscriptState state, IReadOnlyList<TranscriptLine> lines) =>
        !state.NeedsHeader && state.FormatVersion < TranscriptFile.FormatVersion
        && lines.Any(line => line.Role == TranscriptMessage.Tool || line.ToolCalls is not null);

    /// <summary>Rewrites the header of <paramref name="path"/> (or gives a file without one <paramref name="header"/>), under the caller's lock.</summary>
    public static async Task RunAsync(string path, TranscriptLine header, CancellationToken cancellationToken)
    {
        byte[] content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        int headerEnd = content.AsSpan().IndexOf((byte)'\n');
        TranscriptLine? old = headerEnd >= 0 ? TranscriptParser.ParseHeader(content.AsSpan(0, headerEnd)) : null;
        byte[] first = TranscriptFile.Serialize([old is null ? header : old with { FormatVersion = TranscriptFile.FormatVersion }]);
        ReadOnlySpan<byte> rest = old is null ? content : content.AsSpan(headerEnd + 1);
        // Not cancellable once started: the append that follows relies on the header being current.
        await AtomicFile.WriteAsync(path, (byte[])[.. first, .. rest], CancellationToken.None).ConfigureAwait(false);
    }
}
