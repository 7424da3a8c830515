using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Sessions;

/// <summary>The <c>limit</c> param of sessions.list and sessions.history: 1..1000, with a per-method default.</summary>
internal static class SessionsLimit
{
    public const int Max = 1000;

    public static int Require(int? value, int defaultValue) => value switch
    {
        null => defaultValue,
        >= 1 and <= Max => value.Value,
        _ => throw RpcException.InvalidParams("$.limit", $"limit must be an integer from 1 to {Max}"),
    };
}
