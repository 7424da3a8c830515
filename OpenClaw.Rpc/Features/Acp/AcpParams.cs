using OpenClaw.Rpc.Features.Sessions;
using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Acp;

/// <summary>The checks ACP params share: an absolute working directory and a well-formed session id.</summary>
internal static class AcpParams
{
    public static string RequireCwd(string? cwd, string path = "$.cwd") =>
        cwd is { Length: > 0 } given && given.IndexOf('\0', StringComparison.Ordinal) < 0 && Path.IsPathFullyQualified(given)
            ? given
            : throw RpcException.InvalidParams(path, "cwd must be an absolute path");

    public static string RequireSessionId(string? sessionId) => SessionKey.Require(sessionId, "$.sessionId");
}
