namespace OpenClaw.Rpc.Hosting;

/// <summary>How messages are delimited on a stream; detected from the client's first bytes.</summary>
internal enum Framing
{
    Unknown,
    ContentLength,
    NewlineDelimited,
}
