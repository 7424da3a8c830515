using OpenClaw.Rpc.Protocol;

namespace OpenClaw.Rpc.Features.Tts;

internal static class TtsProviderName
{
    /// <summary>The canonical id (trimmed, lower case), null when not given; an unknown id is invalid params.</summary>
    public static string? Require(string? given, string path)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            return null;
        }

        string id = given.Trim().ToLowerInvariant();
        return TtsProviderIds.All.Contains(id)
            ? id
            : throw RpcException.InvalidParams(path, $"unknown provider {EchoedInput.Quote(given.Trim())}; use {string.Join(", ", TtsProviderIds.All)}");
    }
}
