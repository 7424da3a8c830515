namespace OpenClaw.Rpc.Dispatch;

/// <summary>
/// A dialect is a set of methods served over the same gate: the runtime's own protocol, or another one an area adds
/// (ACP). One connection speaks one dialect, chosen on the command line; the names of two dialects may overlap
/// (both have an <c>initialize</c>), so each contract is registered under one dialect.
/// </summary>
internal static class RpcDialects
{
    /// <summary>The runtime's own protocol (protocol/README.md), served with no command.</summary>
    public const string Native = "native";
}
