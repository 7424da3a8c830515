using OpenClaw.Rpc.Hosting;

namespace OpenClaw.Tests.Support;

/// <summary>Test cases name framings as the protocol does ("newline", "content-length").</summary>
internal static class TestFraming
{
    public static Framing Parse(string name) => name switch
    {
        "newline" => Framing.NewlineDelimited,
        "content-length" => Framing.ContentLength,
        _ => throw new ArgumentException($"unknown framing {name}", nameof(name)),
    };
}
