namespace OpenClaw.Rpc.Hosting;

internal enum FrameKind
{
    /// <summary>A complete message body, not yet parsed as JSON.</summary>
    Message,

    /// <summary>A message over the size limit; its body was skipped.</summary>
    TooLarge,

    /// <summary>A header block that cannot be read; the reader resynchronises on the next Content-Length.</summary>
    BadHeader,

    /// <summary>The stream ended.</summary>
    End,
}

/// <summary>One unit read from a stream: a message body or a framing problem to answer.</summary>
internal readonly record struct InboundFrame(FrameKind Kind, byte[] Payload, string? Problem = null)
{
    public static readonly InboundFrame End = new(FrameKind.End, []);
}
