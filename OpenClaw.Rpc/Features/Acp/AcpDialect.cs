namespace OpenClaw.Rpc.Features.Acp;

/// <summary>The Agent Client Protocol as a dialect of the gate: <c>openclaw-core acp</c> serves it (protocol/acp.md).</summary>
internal static class AcpDialect
{
    /// <summary>The dialect's name, which is also its command (<c>&lt;binary&gt; acp</c>, as editors launch agents).</summary>
    public const string Name = "acp";

    /// <summary>The ACP major version served.</summary>
    public const int ProtocolVersion = 1;
}
